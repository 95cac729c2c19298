import { randomBytes } from 'node:crypto';
import type { MongoClient } from 'mongodb';
import { connectMongo } from '../core/db';
import type { NoticeDoc } from '../core/model';
import { CHANGE_SEQ_COUNTER } from '../core/model';
import { buildNotice } from './support/buildNotice';
import { ChangeLog, ensureIndexes, levelCollections } from '../subgraphs/level/repositories';
import type { LevelCollections } from '../subgraphs/level/repositories';

/* The change log against the real database: order, idempotent appends, and holes in the sequence. */

let client: MongoClient;
let c: LevelCollections;
let clock = new Date('2026-01-01T00:00:00Z');
let log: ChangeLog;

beforeAll(async () => {
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new Error('MONGODB_URI is not set (jest globalSetup starts FerretDB)');
  client = await connectMongo(uri, { appName: 'changelog-test' });
  c = levelCollections(client.db(`t_${randomBytes(4).toString('hex')}_county`));
  await ensureIndexes(c);
  log = new ChangeLog(c, 'COUNTY', { gapGraceMs: 5000, now: () => clock });
});

afterAll(async () => {
  await c.db.dropDatabase();
  await client.close();
});

function notice(id: string, version: number): NoticeDoc {
  return buildNotice({ _id: id, version });
}

test('appends in order, ignores a replayed append, and pages with a resume position', async () => {
  expect(await log.read(0, 10)).toEqual({ entries: [], last: 0, hasMore: false });
  expect(await log.append(notice('county:a', 1), 'PUBLISHED', clock)).toBe(true);
  expect(await log.append(notice('county:b', 1), 'PUBLISHED', clock)).toBe(true);
  expect(await log.append(notice('county:a', 1), 'PUBLISHED', clock)).toBe(false);
  expect(await log.append(notice('county:a', 2), 'REVISED', clock)).toBe(true);
  const first = await log.read(0, 2);
  expect(first.entries.map((e) => [e.noticeId, e.type])).toEqual([
    ['county:a', 'PUBLISHED'],
    ['county:b', 'PUBLISHED'],
  ]);
  expect(first.hasMore).toBe(true);
  const rest = await log.read(first.last, 10);
  expect(rest.entries.map((e) => [e.noticeId, e.version])).toEqual([['county:a', 2]]);
  expect(rest.hasMore).toBe(false);
  expect(await log.read(rest.last, 10)).toMatchObject({ entries: [], last: rest.last });
});

test('waits at a fresh hole in the sequence, and skips it once it is older than the grace period', async () => {
  const before = await log.read(0, 100);
  // A writer took a number and has not inserted yet: simulate by taking one by hand.
  await c.counters.updateOne({ _id: CHANGE_SEQ_COUNTER }, { $inc: { seq: 1 } });
  await log.append(notice('county:c', 1), 'PUBLISHED', clock);
  const waiting = await log.read(before.last, 10);
  expect(waiting.entries).toEqual([]);
  expect(waiting.last).toBe(before.last);
  clock = new Date(clock.getTime() + 6000);
  const skipped = await log.read(before.last, 10);
  expect(skipped.entries.map((e) => e.noticeId)).toEqual(['county:c']);
  expect(skipped.last).toBe(before.last + 2);
});
