/**
 * The MongoDB operations govhub relies on, checked through the official driver
 * against the test database (the local FerretDB v1 from globalSetup, or the
 * MongoDB in MONGODB_URI). Everything here must behave the same on both.
 *
 * Known FerretDB v1.24 gaps (not used by the hub; see the report in
 * core/db/connectMongo.ts for the atomicity caveat): $lookup, $facet,
 * $sortByCount, $elemMatch, $expr, $text, $group accumulators other than
 * $sum/$count, pipeline updates, collation, transactions, change streams,
 * partial/TTL/text/hashed indexes; `$push` ignores `$slice`; `$addFields` treats
 * `'$path'` as a literal string; a unique index lets several documents lack
 * the field (MongoDB allows only one: use a sparse unique index for both).
 */
import type { CommandStartedEvent, Db, MongoClient } from 'mongodb';
import { MongoBulkWriteError, MongoServerError } from 'mongodb';
import { randomBytes } from 'node:crypto';
import { connectMongo, isFerretdb } from '../core/db/connectMongo';

interface Item {
  _id: string;
  siteId: string;
  slug: string;
  publishedAt: Date;
  topics: string[];
  seq?: number;
}

interface Counter {
  _id: string;
  value: number;
  createdAt?: Date;
}

const uri = process.env.MONGODB_URI ?? '';
const dbName = `t_fdb_${randomBytes(4).toString('hex')}`;
let client: MongoClient;
let db: Db;

beforeAll(async () => {
  if (!uri)
    throw new Error('MONGODB_URI is not set (jest globalSetup should have started FerretDB)');
  client = await connectMongo(uri, { appName: 'govhub-test-ferretdb' });
  db = client.db(dbName);
});

afterAll(async () => {
  await db?.dropDatabase();
  await client?.close();
});

const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000);

function item(n: number, publishedAt: Date, extra: Partial<Item> = {}): Item {
  return {
    _id: `i${String(n).padStart(3, '0')}`,
    siteId: 's1',
    slug: `n${n}`,
    publishedAt,
    topics: [],
    ...extra,
  };
}

describe('indexes', () => {
  it('enforces a unique index with duplicate-key code 11000 (insert, upsert, findOneAndUpdate)', async () => {
    const items = db.collection<Item>('unique');
    await items.createIndex({ siteId: 1, slug: 1 }, { unique: true, name: 'site_slug' });
    await items.insertOne(item(1, day(1)));

    const duplicate = { siteId: 's1', slug: 'n1' };
    await expect(items.insertOne({ ...item(2, day(2)), ...duplicate })).rejects.toMatchObject({
      code: 11000,
    });
    await expect(
      items.updateOne({ _id: 'i003' }, { $set: duplicate }, { upsert: true }),
    ).rejects.toBeInstanceOf(MongoServerError);
    await expect(
      items.findOneAndUpdate({ _id: 'i004' }, { $set: duplicate }, { upsert: true }),
    ).rejects.toMatchObject({ code: 11000 });
    await expect(items.insertOne(item(1, day(5), { slug: 'other' }))).rejects.toMatchObject({
      code: 11000,
    });
    expect(await items.countDocuments({})).toBe(1);
  });

  it('creates a compound descending index, idempotently', async () => {
    const items = db.collection<Item>('compound');
    await items.createIndex({ publishedAt: -1, _id: -1 }, { name: 'latest' });
    await items.createIndex({ publishedAt: -1, _id: -1 }, { name: 'latest' });
    const indexes = await items.listIndexes().toArray();
    const latest = indexes.find((index) => index.name === 'latest');
    expect(latest?.key).toEqual({ publishedAt: -1, _id: -1 });
    expect(Object.keys(latest?.key ?? {})).toEqual(['publishedAt', '_id']);
  });

  it('lets a sparse unique index skip documents without the field', async () => {
    const items = db.collection<{ _id: number; code?: string }>('sparse');
    await items.createIndex({ code: 1 }, { unique: true, sparse: true });
    await items.insertMany([{ _id: 1 }, { _id: 2 }, { _id: 3, code: 'a' }]);
    await expect(items.insertOne({ _id: 4, code: 'a' })).rejects.toMatchObject({ code: 11000 });
  });

  it('looks a document up by string _id through an index, not a scan (FerretDB: our build adds it)', async () => {
    const items = db.collection<Item>('lookup');
    await items.insertMany(Array.from({ length: 200 }, (_, n) => item(n, day(n))));
    if (!(await isFerretdb(client))) {
      expect((await items.findOne({ _id: 'i002' }))?.slug).toBe('n2');
      return;
    }
    // tools/ferretdb/idindexes.go indexes a new table within about half a second; FerretDB's
    // connection sees the new index at its next write.
    let plan = '';
    for (let i = 0; i < 100 && !plan.includes('USING INDEX'); i += 1) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      await items.updateOne({ _id: 'i000' }, { $set: { slug: 'n0' } });
      const explained = await items.find({ _id: 'i002' }).explain();
      plan = JSON.stringify(explained.queryPlanner);
    }
    expect(plan).toMatch(/SEARCH \S+ USING INDEX \S+_govhub_id/);
    expect((await items.findOne({ _id: 'i002' }))?.slug).toBe('n2');
  }, 20_000);
});

describe('atomic updates', () => {
  it('findOneAndUpdate with upsert, $inc and returnDocument "after" allocates a counter', async () => {
    const counters = db.collection<Counter>('counters');
    const allocate = () =>
      counters.findOneAndUpdate(
        { _id: 'changes' },
        { $inc: { value: 1 }, $setOnInsert: { createdAt: day(0) } },
        { upsert: true, returnDocument: 'after' },
      );
    expect(await allocate()).toEqual({ _id: 'changes', value: 1, createdAt: day(0) });
    expect(await allocate()).toEqual({ _id: 'changes', value: 2, createdAt: day(0) });
    expect(
      await counters.findOneAndUpdate(
        { _id: 'changes' },
        { $inc: { value: 5 } },
        { returnDocument: 'before' },
      ),
    ).toMatchObject({ value: 2 });
    expect(await counters.findOneAndUpdate({ _id: 'none' }, { $inc: { value: 1 } })).toBeNull();
  });

  it('keeps concurrent $inc and conditional updates atomic on one client', async () => {
    const counters = db.collection<Counter>('concurrent');
    const values = await Promise.all(
      Array.from({ length: 100 }, () =>
        counters.findOneAndUpdate(
          { _id: 'seq' },
          { $inc: { value: 1 } },
          { upsert: true, returnDocument: 'after' },
        ),
      ),
    );
    expect(new Set(values.map((doc) => doc?.value)).size).toBe(100);
    expect(await counters.findOne({ _id: 'seq' })).toEqual({ _id: 'seq', value: 100 });

    const versioned = db.collection<{ _id: string; version: number }>('versioned');
    await versioned.insertOne({ _id: 'v', version: 1 });
    const attempts = await Promise.all(
      Array.from({ length: 10 }, () =>
        versioned.updateOne({ _id: 'v', version: 1 }, { $set: { version: 2 } }),
      ),
    );
    expect(attempts.reduce((sum, result) => sum + result.modifiedCount, 0)).toBe(1);
  });
});

describe('reads', () => {
  const all: Item[] = [];

  beforeAll(async () => {
    // 60 items, three per day so that sorting needs the _id tie-breaker.
    for (let n = 0; n < 60; n++) {
      all.push(item(n, day(Math.floor(n / 3)), { topics: n % 2 ? ['odd'] : ['even', 'x'] }));
    }
    await db.collection<Item>('items').insertMany([...all].reverse());
  });

  const newestFirst = (a: Item, b: Item) =>
    b.publishedAt.getTime() - a.publishedAt.getTime() ||
    (a._id < b._id ? 1 : a._id > b._id ? -1 : 0);

  it('reads a batch of ids with $in (DataLoader style)', async () => {
    const docs = await db
      .collection<Item>('items')
      .find({ _id: { $in: ['i005', 'i017', 'missing', 'i005'] } })
      .toArray();
    expect(docs.map((doc) => doc._id).sort()).toEqual(['i005', 'i017']);
  });

  it('pages by (publishedAt desc, _id desc) with a range query, sort and limit', async () => {
    const items = db.collection<Item>('items');
    const pages: string[][] = [];
    let after: Item | null = null;
    for (;;) {
      const filter: Parameters<typeof items.find>[0] = after
        ? {
            $or: [
              { publishedAt: { $lt: after.publishedAt } },
              { publishedAt: after.publishedAt, _id: { $lt: after._id } },
            ],
          }
        : {};
      const page: Item[] = await items
        .find(filter)
        .sort({ publishedAt: -1, _id: -1 })
        .limit(7)
        .toArray();
      if (page.length === 0) break;
      pages.push(page.map((doc) => doc._id));
      after = page[page.length - 1] ?? null;
    }
    expect(pages.flat()).toEqual([...all].sort(newestFirst).map((doc) => doc._id));
    expect(pages[0]).toHaveLength(7);

    const window = await items
      .find({ publishedAt: { $gte: day(3), $lt: day(6) } })
      .sort({ publishedAt: -1, _id: -1 })
      .limit(4)
      .toArray();
    expect(window.map((doc) => doc._id)).toEqual(['i017', 'i016', 'i015', 'i014']);
  });

  it('counts with countDocuments', async () => {
    const items = db.collection<Item>('items');
    expect(await items.countDocuments({})).toBe(60);
    expect(await items.countDocuments({ topics: 'odd' })).toBe(30);
    expect(await items.countDocuments({ publishedAt: { $gte: day(10) }, topics: 'x' })).toBe(15);
  });
});

describe('bulkWrite', () => {
  it('applies every other operation of an unordered batch and reports the duplicate', async () => {
    const items = db.collection<Item>('bulk');
    await items.createIndex({ siteId: 1, slug: 1 }, { unique: true });
    await items.insertMany([item(1, day(1)), item(2, day(2))]);

    const error: unknown = await items
      .bulkWrite(
        [
          { insertOne: { document: item(3, day(3)) } },
          { insertOne: { document: item(4, day(4), { slug: 'n1' }) } },
          {
            updateOne: {
              filter: { _id: 'i005' },
              update: { $set: { siteId: 's1', slug: 'n5' } },
              upsert: true,
            },
          },
          { updateOne: { filter: { _id: 'i001' }, update: { $set: { topics: ['t'] } } } },
          { replaceOne: { filter: { _id: 'i006' }, replacement: item(6, day(6)), upsert: true } },
          { deleteOne: { filter: { _id: 'i002' } } },
        ],
        { ordered: false },
      )
      .then(
        () => null,
        (caught: unknown) => caught,
      );

    expect(error).toBeInstanceOf(MongoBulkWriteError);
    if (!(error instanceof MongoBulkWriteError)) return;
    expect(error.code).toBe(11000);
    const writeErrors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
    expect(writeErrors.map((e) => [e.index, e.code])).toEqual([[1, 11000]]);
    expect(error.result.insertedCount).toBe(1);
    expect(error.result.upsertedCount).toBe(2);
    expect(error.result.modifiedCount).toBe(1);
    expect(error.result.deletedCount).toBe(1);
    const ids = (await items.find({}).sort({ _id: 1 }).toArray()).map((doc) => doc._id);
    expect(ids).toEqual(['i001', 'i003', 'i005', 'i006']);
  });
});

describe('command monitoring', () => {
  it('emits commandStarted events when monitorCommands is on', async () => {
    const monitored = await connectMongo(uri, {
      appName: 'govhub-test-monitor',
      monitorCommands: true,
    });
    const started: CommandStartedEvent[] = [];
    monitored.on('commandStarted', (event) => started.push(event));
    try {
      const items = monitored.db(dbName).collection<Item>('items');
      await items.find({ _id: { $in: ['i001'] } }).toArray();
      await items.countDocuments({});
      await monitored.db(dbName).collection<{ _id: string }>('monitored').insertOne({ _id: 'x' });
    } finally {
      await monitored.close();
    }
    const names = started.map((event) => event.commandName);
    expect(names).toEqual(expect.arrayContaining(['find', 'aggregate', 'insert']));
    const find = started.find((event) => event.commandName === 'find');
    expect(find?.databaseName).toBe(dbName);
    expect(find?.command.filter).toEqual({ _id: { $in: ['i001'] } });
  });
});
