import { randomBytes } from 'node:crypto';
import type { MongoClient } from 'mongodb';
import { connectMongo } from '../core/db';
import type { NoticeDoc } from '../core/model';
import type { LevelCollections, NoticeExportPosition } from '../subgraphs/level/repositories';
import { NoticeExport, ensureIndexes, levelCollections } from '../subgraphs/level/repositories';
import { buildNotice } from './support/buildNotice';

/*
 * The compacted change log's reader against the real database, in both of its
 * orders (id order for MongoDB, storage order for FerretDB): every public
 * notice once, whether a page continues an open read or starts a new one,
 * and what happens when the position is lost.
 */

let client: MongoClient;
let c: LevelCollections;
/** Public notices as inserted (storage order), and their ids sorted (id order). */
let inserted: string[];

const START: NoticeExportPosition = { afterId: null, served: 0 };

beforeAll(async () => {
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new Error('MONGODB_URI is not set (jest globalSetup starts FerretDB)');
  client = await connectMongo(uri, { appName: 'notice-export-test' });
});

beforeEach(async () => {
  c = levelCollections(client.db(`t_${randomBytes(4).toString('hex')}_county`));
  await ensureIndexes(c);
  // Ids out of order on purpose, so storage order and id order differ; every fourth one is a draft.
  const docs: NoticeDoc[] = Array.from({ length: 23 }, (_, i) =>
    buildNotice({
      _id: `county:n-${String((i * 7) % 23).padStart(3, '0')}`,
      siteId: i % 2 === 0 ? '2101240002' : '2103210003',
      status: i % 4 === 3 ? 'DRAFT' : 'PUBLISHED',
    }),
  );
  for (const doc of docs) await c.notices.insertOne(doc);
  inserted = docs.filter((d) => d.status === 'PUBLISHED').map((d) => d._id);
});

afterEach(async () => {
  await c.db.dropDatabase();
});

afterAll(async () => {
  await client.close();
});

async function readAll(
  reader: NoticeExport,
  limit: number,
  siteIds: string[] | null = null,
): Promise<string[]> {
  const ids: string[] = [];
  let at = START;
  for (let pages = 0; pages < 100; pages += 1) {
    const page = await reader.read(at, limit, siteIds);
    ids.push(...page.notices.map((n) => n._id));
    expect(page.next.served).toBe(ids.length);
    if (!page.hasMore) return ids;
    at = page.next;
  }
  throw new Error('the export never ended');
}

describe.each([
  ['id order (MongoDB)', false],
  ['storage order (FerretDB)', true],
])('NoticeExport in %s', (_label, storageOrder) => {
  const expected = () => (storageOrder ? inserted : [...inserted].sort());

  it('serves every public notice once, page by page', async () => {
    const reader = new NoticeExport(c, { storageOrder });
    expect(await readAll(reader, 4)).toEqual(expected());
    expect(await readAll(reader, 100)).toEqual(expected());
    await reader.close();
  });

  it('gives the same pages when every page starts a new read', async () => {
    // A reader per page: nothing is kept open between them (another process, or after a restart).
    const ids: string[] = [];
    let at = START;
    for (;;) {
      const reader = new NoticeExport(c, { storageOrder });
      const page = await reader.read(at, 5);
      await reader.close();
      ids.push(...page.notices.map((n) => n._id));
      if (!page.hasMore) break;
      at = page.next;
    }
    expect(ids).toEqual(expected());
  });

  it('narrows to the given sites', async () => {
    const reader = new NoticeExport(c, { storageOrder });
    const faku = await readAll(reader, 3, ['2101240002']);
    const all = await c.notices
      .find({ siteId: '2101240002', status: 'PUBLISHED' }, { projection: { _id: 1 } })
      .toArray();
    expect([...faku].sort()).toEqual(all.map((n) => n._id).sort());
    expect(faku).toEqual(expected().filter((id) => faku.includes(id)));
    await reader.close();
  });

  it('closes an open read that waits too long, and still resumes from its position', async () => {
    const reader = new NoticeExport(c, { storageOrder, idleMs: 20 });
    const first = await reader.read(START, 6);
    await new Promise((r) => setTimeout(r, 60));
    const second = await reader.read(first.next, 6);
    expect([...first.notices, ...second.notices].map((n) => n._id)).toEqual(
      expected().slice(0, 12),
    );
    await reader.close();
  });
});

describe('NoticeExport in storage order: a lost position', () => {
  it('starts over when the last notice served is gone', async () => {
    const reader = new NoticeExport(c, { storageOrder: true });
    const first = await reader.read(START, 4);
    await reader.close();
    await c.notices.deleteOne({ _id: first.next.afterId ?? '' });
    const again = await new NoticeExport(c, { storageOrder: true }).read(first.next, 4);
    expect(again.notices.map((n) => n._id)).toEqual(
      inserted.filter((id) => id !== first.next.afterId).slice(0, 4),
    );
    expect(again.next.served).toBe(4);
  });

  it('resumes after a notice that was withdrawn since it was served', async () => {
    const reader = new NoticeExport(c, { storageOrder: true });
    const first = await reader.read(START, 4);
    await reader.close();
    await c.notices.updateOne({ _id: first.next.afterId ?? '' }, { $set: { status: 'WITHDRAWN' } });
    const again = await new NoticeExport(c, { storageOrder: true }).read(first.next, 4);
    expect(again.notices.map((n) => n._id)).toEqual(inserted.slice(4, 8));
  });
});
