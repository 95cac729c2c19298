import { randomBytes } from 'node:crypto';
import type { Collection, MongoClient } from 'mongodb';
import { connectMongo } from '../core/db';
import type { NoticeDoc } from '../core/model';
import { CHANGE_SEQ_COUNTER } from '../core/model';
import { buildNotice } from './support/buildNotice';
import {
  ChangeLog,
  ensureIndexes,
  levelCollections,
  migrateChangeIds,
} from '../subgraphs/level/repositories';
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

test('point reads by entry id give the same pages as the range query', async () => {
  const byPoints = new ChangeLog(c, 'COUNTY', {
    gapGraceMs: 5000,
    now: () => clock,
    pointReads: true,
  });
  for (const size of [1, 2, 3, 100]) {
    let after = 0;
    const ranged: string[] = [];
    const pointed: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const a = await log.read(after, size);
      const b = await byPoints.read(after, size);
      expect(b).toEqual(a);
      ranged.push(...a.entries.map((e) => `${e.seq}:${e.noticeId}`));
      pointed.push(...b.entries.map((e) => `${e.seq}:${e.noticeId}`));
      after = a.last;
      if (!a.hasMore) break;
    }
    expect(pointed).toEqual(ranged);
    expect(ranged.length).toBeGreaterThan(2);
  }
});

test('entries stored with numeric ids by an earlier version are rewritten once, in order, nothing lost', async () => {
  const d = levelCollections(client.db(`t_${randomBytes(4).toString('hex')}_city`));
  try {
    await ensureIndexes(d);
    const old = new ChangeLog(d, 'CITY', { gapGraceMs: 5000, now: () => clock });
    for (const id of ['city:a', 'city:b', 'city:c'])
      await old.append(notice(id, 1), 'PUBLISHED', clock);
    const written = await d.changes.find().sort({ _id: 1 }).toArray();
    // What the earlier version stored: the sequence number as _id, no seq field.
    await d.changes.deleteMany({});
    const legacy = d.changes as unknown as Collection<{ _id: number }>;
    await legacy.insertMany(written.map(({ seq, ...rest }) => ({ ...rest, _id: seq })));

    expect(await migrateChangeIds(d)).toBe(3);
    await ensureIndexes(d);
    expect(await d.changes.find().sort({ _id: 1 }).toArray()).toEqual(written);
    const page = await old.read(0, 10);
    expect(page.entries.map((e) => e.noticeId)).toEqual(['city:a', 'city:b', 'city:c']);
    // Marked done: a later start does not scan again, and nothing changes.
    expect(await migrateChangeIds(d)).toBe(0);
    expect(await d.changes.countDocuments()).toBe(3);
  } finally {
    await d.db.dropDatabase();
  }
});
