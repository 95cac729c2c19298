import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Level } from '../core/levels';
import { LEVELS } from '../core/levels';
import type { NoticeDoc, SiteDoc } from '../core/model';
import { findRepoRoot } from '../core/process';
import type { MirroredNotice } from '../scripts/mirror/MirrorStore';
import { MirrorStore } from '../scripts/mirror/MirrorStore';
import { createRandom } from '../scripts/seed/random';
import { dataOf, graphqlRequest } from './support/graphqlRequest';
import type { RunningCluster } from './support/startCluster';
import { startCluster } from './support/startCluster';
import { serviceErrors } from './support/serviceErrors';
import { LevelDatabases } from './support/syndication';
import { publishThroughReview, siteStaff } from './support/workflow';

/*
 * Incremental sync (issue 5): the public `changes` field pages through every
 * level's change log, and `npm run sync-mirror` (run here as the built script,
 * a separate process talking to the real gateway) keeps a mirror equal to the
 * cluster after random publications, revisions, withdrawals and repeals.
 */

const execFileAsync = promisify(execFile);
const SEED = Number(process.env.SYNC_TEST_SEED ?? Date.now() % 2 ** 31);
const PORTALS: Record<Level, string[]> = {
  COUNTY: ['2101240002', '2103210003', '3607340001'],
  CITY: ['2101000001', '2103000001'],
  PROVINCE: ['2100000001'],
};
const PUBLIC = new Set(['PUBLISHED', 'REPEALED']);

const CHANGES = `query($after: String, $first: Int, $levels: [Level!], $regionCode: String) {
  changes(after: $after, first: $first, levels: $levels, regionCode: $regionCode) {
    entries { cursor noticeId level type version at snapshot { siteId title status } }
    endCursor hasMore
  }
}`;
const CREATE = `mutation($siteId: ID!, $input: NoticeInput!) { createNotice(siteId: $siteId, input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: NoticeUpdateInput!, $v: Int!) { updateNotice(id: $id, input: $input, expectedVersion: $v) { id version } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String!) { withdrawNotice(id: $id, reason: $reason) { id version } }`;

interface ChangeEntry {
  cursor: string;
  noticeId: string;
  level: Level;
  type: string;
  version: number;
  at: string;
  snapshot: { siteId: string; title: string; status: string };
}
interface ChangePage {
  changes: { entries: ChangeEntry[]; endCursor: string; hasMore: boolean };
}

let cluster: RunningCluster;
let dbs: LevelDatabases;
let dir: string;

beforeAll(async () => {
  console.log(`incrementalSync: SYNC_TEST_SEED=${SEED}`);
  cluster = await startCluster({ env: { SYNDICATION_ENABLED: '0' } });
  dbs = new LevelDatabases(cluster);
  dir = await mkdtemp(join(tmpdir(), 'govhub-mirror-'));
}, 120_000);

afterAll(async () => {
  await dbs?.close();
  await cluster?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * One page of `changes`. UNAVAILABLE (a level too slow to answer while the
 * whole suite shares one database server) is retried with the same cursor, as
 * any client would; anything else fails with the services' last errors.
 */
async function changes(variables: Record<string, unknown>): Promise<ChangePage['changes']> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await graphqlRequest<ChangePage>(cluster.gatewayUrl, CHANGES, variables);
    if (result.data && !result.errors) return result.data.changes;
    const unavailable = result.errors?.[0]?.extensions?.code === 'UNAVAILABLE';
    if (unavailable && attempt < 4) {
      console.log(`changes: ${result.errors?.[0]?.message}; retrying`);
      continue;
    }
    throw new Error(
      `changes(${JSON.stringify(variables)}): ${JSON.stringify(result.errors)}\n${serviceErrors(cluster)}`,
    );
  }
}

let whole: Promise<ChangeEntry[]> | null = null;

/** The demo cluster's whole log in pages of 100, read once for the tests that compare against it. */
function everything(): Promise<ChangeEntry[]> {
  whole ??= walk({ first: 100 });
  return whole;
}

async function walk(variables: Record<string, unknown>): Promise<ChangeEntry[]> {
  const all: ChangeEntry[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 1000; pages += 1) {
    const page = await changes({ ...variables, after });
    all.push(...page.entries);
    after = page.endCursor;
    if (!page.hasMore) return all;
  }
  throw new Error('changes never ended');
}

async function runSync(target: string, extra: string[] = []): Promise<string> {
  const script = join(findRepoRoot(), 'dist', 'scripts', 'syncMirror.js');
  const { stderr } = await execFileAsync(
    process.execPath,
    [script, '--dir', target, '--gateway', cluster.gatewayUrl, ...extra],
    { timeout: 120_000 },
  );
  return stderr;
}

/** Every notice that was ever public, as the level databases hold it now. */
async function clusterNotices(): Promise<NoticeDoc[]> {
  const all: NoticeDoc[] = [];
  for (const level of LEVELS) {
    const db = await dbs.db(level);
    all.push(
      ...(await db
        .collection<NoticeDoc>('notices')
        .find({ status: { $in: ['PUBLISHED', 'REPEALED', 'WITHDRAWN'] } })
        .toArray()),
    );
  }
  return all;
}

async function expectMirrorEqualsCluster(target: string, keep: (n: NoticeDoc) => boolean) {
  const mirror = new Map<string, MirroredNotice>(
    (await new MirrorStore(target).all()).map((n) => [n.id, n]),
  );
  const expected = (await clusterNotices()).filter(keep);
  const problems: string[] = [];
  for (const notice of expected) {
    const copy = mirror.get(notice._id);
    mirror.delete(notice._id);
    if (!copy) {
      problems.push(`${notice._id} (${notice.status}) is missing`);
      continue;
    }
    const want = {
      version: notice.version,
      status: notice.status,
      title: notice.title,
      body: PUBLIC.has(notice.status) ? notice.body : null,
    };
    const got = { version: copy.version, status: copy.status, title: copy.title, body: copy.body };
    if (JSON.stringify(want) !== JSON.stringify(got))
      problems.push(`${notice._id}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  for (const id of mirror.keys()) problems.push(`${id} should not be in the mirror`);
  expect(problems).toEqual([]);
  return expected.length;
}

test('changes pages through every log: small pages give the same entries as large ones, in order per notice', async () => {
  const big = await everything();
  const small = await walk({ first: 60 });
  expect(big.length).toBeGreaterThan(50);
  expect(small.map((e) => `${e.noticeId}@${e.version}`)).toEqual(
    big.map((e) => `${e.noticeId}@${e.version}`),
  );
  const seen = new Map<string, number>();
  for (const entry of big) {
    expect(entry.version).toBeGreaterThan(seen.get(entry.noticeId) ?? 0);
    seen.set(entry.noticeId, entry.version);
  }
  // Every level's notices resolve, through their own subgraphs.
  expect(new Set(big.map((e) => e.level))).toEqual(new Set(LEVELS));
  for (const level of LEVELS) {
    const entries = dataOf(
      await graphqlRequest<{
        changes: { entries: { noticeId: string; notice: { id: string; level: Level } | null }[] };
      }>(
        cluster.gatewayUrl,
        `query($levels: [Level!]) { changes(first: 5, levels: $levels) { entries { noticeId notice { id level } } } }`,
        { levels: [level] },
      ),
    ).changes.entries;
    expect(entries).toHaveLength(5);
    for (const e of entries) expect(e.notice).toEqual({ id: e.noticeId, level });
  }
  // At the end, the cursor stays put and nothing more comes.
  const last = await changes({ first: 100, after: small.at(-1)?.cursor ?? null });
  expect(last.entries).toEqual([]);
  expect(last.hasMore).toBe(false);
  const again = await changes({ first: 100, after: last.endCursor });
  expect(again).toEqual({ entries: [], endCursor: last.endCursor, hasMore: false });
}, 180_000);

test('changes by level and region', async () => {
  const sites = new Map(
    (await (await dbs.db('PROVINCE')).collection<SiteDoc>('sites').find({}).toArray()).map((s) => [
      s._id,
      s,
    ]),
  );
  const all = await everything();
  const shenyang = await walk({ first: 50, regionCode: '2101' });
  expect(shenyang.length).toBeGreaterThan(0);
  expect(shenyang.map((e) => e.noticeId)).toEqual(
    all
      .filter((e) => sites.get(e.snapshot.siteId)?.regionCode.startsWith('2101'))
      .map((e) => e.noticeId),
  );
  const counties = await walk({ first: 100, levels: ['COUNTY'] });
  expect(counties.map((e) => e.noticeId)).toEqual(
    all.filter((e) => e.level === 'COUNTY').map((e) => e.noticeId),
  );
}, 180_000);

test.each([
  [{ after: 'not-a-cursor' }, 'after'],
  [{ regionCode: '21x' }, 'regionCode'],
  [{ first: 101 }, 'first'],
  [{ first: 0 }, 'first'],
])('changes refuses %j with BAD_USER_INPUT', async (variables, field) => {
  const r = await graphqlRequest(cluster.gatewayUrl, CHANGES, variables);
  expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(JSON.stringify(r.errors?.[0])).toContain(field);
});

test('the sync script keeps a mirror equal to the cluster through random publications, revisions, withdrawals', async () => {
  const mirror = join(dir, 'all');
  const first = await runSync(mirror);
  expect(first).toMatch(/changes applied/);
  const initial = await expectMirrorEqualsCluster(mirror, () => true);
  expect(initial).toBeGreaterThan(50);

  const rand = createRandom(SEED).next;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const published: { id: string; siteId: string; version: number }[] = [];
  for (let i = 0; i < 8; i += 1) {
    const level = pick(LEVELS);
    const siteId = pick(PORTALS[level]);
    const staff = siteStaff(siteId);
    const created = dataOf(
      await graphqlRequest<{ createNotice: { id: string } }>(
        cluster.gatewayUrl,
        CREATE,
        {
          siteId,
          input: { title: `关于同步测试第${i}号的通知（${SEED}）`, body: `<p>第${i}条正文。</p>` },
        },
        staff.editor,
      ),
    ).createNotice;
    const done = await publishThroughReview(cluster.gatewayUrl, created.id, siteId);
    published.push({ id: created.id, siteId, version: done.version });
    // Sync half-way too: a mirror that is behind catches up from its cursor.
    if (i === 3) await runSync(mirror);
  }
  for (const target of published.filter(() => rand() < 0.5)) {
    const revised = dataOf(
      await graphqlRequest<{ updateNotice: { version: number } }>(
        cluster.gatewayUrl,
        UPDATE,
        { id: target.id, input: { title: `修订：${target.id}` }, v: target.version },
        siteStaff(target.siteId).approver,
      ),
    ).updateNotice;
    target.version = revised.version;
  }
  for (const target of published.filter(() => rand() < 0.3))
    dataOf(
      await graphqlRequest(
        cluster.gatewayUrl,
        WITHDRAW,
        { id: target.id, reason: '同步测试撤回' },
        siteStaff(target.siteId).approver,
      ),
    );

  await runSync(mirror);
  await expectMirrorEqualsCluster(mirror, () => true);

  // A region's mirror holds that region's notices and no others.
  const province = new Map(
    (await (await dbs.db('PROVINCE')).collection<SiteDoc>('sites').find({}).toArray()).map((s) => [
      s._id,
      s.regionCode,
    ]),
  );
  const regional = join(dir, 'shenyang');
  await runSync(regional, ['--region', '2101']);
  await expectMirrorEqualsCluster(regional, (n) =>
    (province.get(n.siteId) ?? '').startsWith('2101'),
  );
}, 300_000);

test('the sync script explains what is wrong', async () => {
  await expect(runSync(join(dir, 'bad'), ['--region', 'abc'])).rejects.toMatchObject({
    stderr: expect.stringMatching(/行政区划代码/) as unknown,
  });
  await expect(runSync(join(dir, 'all'), ['--region', '2103'])).rejects.toMatchObject({
    stderr: expect.stringMatching(/use another directory/) as unknown,
  });
});
