import { randomBytes } from 'node:crypto';
import type { MongoClient } from 'mongodb';
import pino from 'pino';
import { connectMongo } from '../core/db';
import { loadConfig } from '../core/config';
import type { AuditEntryDoc } from '../core/model';
import { buildNotice } from './support/buildNotice';
import { flushAllPending } from '../subgraphs/level/commands';
import type { LevelServices } from '../subgraphs/level/context';
import { ensureIndexes, levelCollections } from '../subgraphs/level/repositories';
import { createLevelServices } from '../subgraphs/level/server/createLevelServices';
import type { LevelCollections } from '../subgraphs/level/repositories';

/* The audit log against the real database: append-only, idempotent, and repaired after a crash. */

let client: MongoClient;
let c: LevelCollections;
let services: LevelServices;

beforeAll(async () => {
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new Error('MONGODB_URI is not set (jest globalSetup starts FerretDB)');
  client = await connectMongo(uri, { appName: 'audit-test' });
  c = levelCollections(client.db(`t_${randomBytes(4).toString('hex')}_county`));
  await ensureIndexes(c);
  services = createLevelServices({
    level: 'COUNTY',
    config: loadConfig({}),
    collections: c,
    logger: pino({ level: 'silent' }),
    notify: false,
  });
});

afterAll(async () => {
  await c.db.dropDatabase();
  await client.close();
});

function entry(noticeId: string, version: number, at: Date): AuditEntryDoc {
  return {
    _id: `${noticeId}@${version}`,
    noticeId,
    siteId: '2101240002',
    level: 'COUNTY',
    version,
    at,
    actor: { sub: 'approver', name: '审核人' },
    action: 'PUBLISH',
    from: 'APPROVED',
    to: 'PUBLISHED',
    step: null,
    reason: null,
    changedFields: [],
    summary: '发布',
    overriddenTerms: [],
    overrideReason: null,
  };
}

test('appending the same entry twice keeps one; pages newest first', async () => {
  const t0 = new Date('2026-03-01T00:00:00Z');
  for (let v = 1; v <= 5; v += 1)
    await services.auditLog.append(entry('county:a1', v, new Date(t0.getTime() + v * 1000)));
  await services.auditLog.append(entry('county:a1', 3, new Date()));
  const first = await services.auditLog.list({ noticeId: 'county:a1' }, 2, null);
  expect(first.totalCount).toBe(5);
  expect(first.entries.map((e) => e.version)).toEqual([5, 4]);
  expect(first.hasNextPage).toBe(true);
  const last = first.entries[1];
  if (!last) throw new Error('no entry');
  const next = await services.auditLog.list({ noticeId: 'county:a1' }, 10, {
    at: last.at,
    id: last._id,
  });
  expect(next.entries.map((e) => e.version)).toEqual([3, 2, 1]);
  expect(next.hasNextPage).toBe(false);
});

test('a crash between the notice write and the appends is repaired at start-up, once', async () => {
  const at = new Date('2026-03-02T00:00:00Z');
  const doc = buildNotice({
    _id: 'county:crash1',
    title: '崩溃恢复测试',
    publishedAt: at,
    createdAt: at,
    updatedAt: at,
    version: 6,
    publishedBy: 'approver',
    // What writeVersioned stored before the process died.
    pendingChange: { type: 'PUBLISHED', version: 6, at },
    pendingAudit: entry('county:crash1', 6, at),
  });
  await c.notices.insertOne(doc);
  expect(await flushAllPending(services)).toBeGreaterThanOrEqual(1);
  expect(await flushAllPending(services)).toBe(0);
  expect(await c.audit.countDocuments({ noticeId: 'county:crash1' })).toBe(1);
  expect(await c.changes.countDocuments({ noticeId: 'county:crash1' })).toBe(1);
  const stored = await c.notices.findOne({ _id: 'county:crash1' });
  expect(stored).toMatchObject({ pendingChange: null, pendingAudit: null, version: 6 });
});
