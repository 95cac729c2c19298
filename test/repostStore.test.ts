import { randomBytes } from 'node:crypto';
import type { MongoClient } from 'mongodb';
import { connectMongo } from '../core/db';
import type { RepostDoc } from '../core/model';
import type { LevelCollections } from '../subgraphs/level/repositories';
import { RepostStore, ensureIndexes, levelCollections } from '../subgraphs/level/repositories';
import { copyOf, original } from '../subgraphs/level/syndication/__tests__/originals';

/*
 * The copy store's receipt outbox against the real database, both ways it
 * reads (point reads from memory on FerretDB, queries on MongoDB): what is
 * owed, what a backfill holds back, and what a restart finds.
 */

let client: MongoClient;
let c: LevelCollections;

beforeAll(async () => {
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new Error('MONGODB_URI is not set (jest globalSetup starts FerretDB)');
  client = await connectMongo(uri, { appName: 'repost-store-test' });
});

beforeEach(async () => {
  c = levelCollections(client.db(`t_${randomBytes(4).toString('hex')}_city`));
  await ensureIndexes(c);
});

afterEach(async () => {
  await c.db.dropDatabase();
});

afterAll(async () => {
  await client.close();
});

/** A copy by the city site `siteId` of a distinct original. */
function copy(n: number, siteId = '2101000001'): RepostDoc {
  return copyOf({ siteId }, original({ id: `county:n-${String(n).padStart(6, '0')}` }));
}

async function owed(store: RepostStore): Promise<string[]> {
  return (await store.pendingReceipts(100)).map((p) => p.originalId).sort();
}

describe.each([
  ['point reads (FerretDB)', true],
  ['queries (MongoDB)', false],
])('RepostStore with %s', (_label, pointReads) => {
  it('owes a receipt for every new copy until it is delivered', async () => {
    const store = new RepostStore(c, pointReads);
    const written = await store.insertNew([copy(1), copy(2)]);
    expect(written.size).toBe(2);
    const pending = await store.pendingReceipts(100);
    expect(pending.map((p) => p.seq)).toEqual([1, 1]);
    await store.receiptsDelivered(pending.map((p) => ({ id: p._id, seq: p.seq })));
    expect(await store.pendingReceipts(100)).toEqual([]);
    // A restart finds nothing owed.
    expect(await new RepostStore(c, pointReads).pendingReceipts(100)).toEqual([]);
  });

  it('does not clear a receipt whose copy changed after it was read', async () => {
    const store = new RepostStore(c, pointReads);
    const doc = copy(3);
    await store.insertNew([doc]);
    const [pending] = await store.pendingReceipts(100);
    const changed = await store.update(doc, { status: 'WITHDRAWN', statusReason: '原文已撤回' });
    expect(changed?.seq).toBe(2);
    await store.receiptsDelivered([{ id: pending._id, seq: pending.seq }]);
    const still = await store.pendingReceipts(100);
    expect(still.map((p) => [p.status, p.seq])).toEqual([['WITHDRAWN', 2]]);
  });

  it('leaves an existing copy as it is and owes what that copy says', async () => {
    const store = new RepostStore(c, pointReads);
    const first = copy(4);
    await store.insertNew([first]);
    const [pending] = await store.pendingReceipts(100);
    await store.receiptsDelivered([{ id: pending._id, seq: pending.seq }]);
    const again: RepostDoc = { ...first, seq: 7 };
    const written = await store.insertNew([again]);
    expect(written.size).toBe(0);
    expect(await store.pendingReceipts(100)).toEqual([]);
    expect((await store.get(first._id))?.seq).toBe(1);
  });
});

describe('RepostStore: receipts a backfill holds back (FerretDB, from memory)', () => {
  it('sends them only once released', async () => {
    const store = new RepostStore(c, true);
    await store.insertNew([copy(10), copy(11)], { deferReceipts: true });
    await store.insertNew([copy(12)]);
    expect(await owed(store)).toEqual(['county:n-000012']);
    await store.releaseDeferred();
    expect(await owed(store)).toEqual(['county:n-000010', 'county:n-000011', 'county:n-000012']);
  });

  it('are still owed after a restart before the release: the flag is stored', async () => {
    const store = new RepostStore(c, true);
    await store.insertNew([copy(20)], { deferReceipts: true });
    expect(await owed(store)).toEqual([]);
    expect(await owed(new RepostStore(c, true))).toEqual(['county:n-000020']);
  });

  it('a held-back copy that changes is owed at once, as it is now', async () => {
    const store = new RepostStore(c, true);
    const doc = copy(30);
    await store.insertNew([doc], { deferReceipts: true });
    await store.update(doc, { status: 'WITHDRAWN', statusReason: '原文已撤回' });
    const pending = await store.pendingReceipts(100);
    expect(pending.map((p) => [p.status, p.seq])).toEqual([['WITHDRAWN', 2]]);
    // Releasing later does not bring the older state back.
    await store.releaseDeferred();
    expect((await store.pendingReceipts(100)).map((p) => p.seq)).toEqual([2]);
  });
});
