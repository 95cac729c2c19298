import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Collection, Db } from 'mongodb';
import { MongoClient } from 'mongodb';
import type { Level } from '../core/levels';
import { levelPrefix, makeNoticeId } from '../core/levels';
import type { NoticeDoc, ReceiptDoc, RepostDoc } from '../core/model';
import type { ServiceName } from '../core/process/govhubServices';
import { repostId } from '../core/syndication';
import { createRandom } from '../scripts/seed/random';
import { ALL_SITES } from '../core/auth';
import { dataOf, eventually, graphqlRequest } from './support/graphqlRequest';
import {
  createAndPublishResiliently,
  publishResiliently,
  type ResilientPublishOptions,
} from './support/resilientPublish';
import type { RunningCluster } from './support/startCluster';
import { startCluster } from './support/startCluster';
import { testToken } from './support/testTokens';
import { REVIEW, SUBMIT, publishThroughReview, siteStaff } from './support/workflow';

/*
 * Crash safety of syndication (转载): while a batch of county notices is
 * being published, the city and province subgraphs (each runs its level's
 * syndication worker) and, in one round, the gateway (through which the
 * workers read the change logs and deliver receipts) are killed with SIGKILL
 * at random points of the batch and restarted. Afterwards every published
 * notice has exactly one live copy at each subscribing site and the origin a
 * PUBLISHED receipt for each copy: 0 lost, 0 duplicates.
 *
 * Demo rules (data/demo/rules.json): 沈阳市 (city) and 辽宁省 (province) repost
 * every 政策文件 of 法库县 and publish the copy at once.
 *
 * First the gateway alone, killed right after a few publishes; then three
 * rounds, the notices of each published 4 at a time:
 * 1. `review`, 9 notices: each is created, reviewed (三审) and published by
 *    the API while city and province die; between its three batches the
 *    county, the origin that keeps the receipts, is killed too.
 * 2. `approved`, 50 notices, city, province and gateway killed.
 * 3. `approved`, the batch of 200, city and province killed.
 * `approved`: one notice goes through 三审 by the API and is cloned in the
 * county database as APPROVED drafts, so the round spends its time on what
 * is under test: publishNotice through the gateway, which logs the
 * PUBLISHED change the workers follow (review steps log nothing they read).
 * Taking 200 notices through 三审 by the API is 1,200 mutations, 10 minutes
 * and more on a 2-core machine with FerretDB. The publish helper resumes
 * from the stored state after a failed call (test/support/resilientPublish).
 *
 * Cost: on FerretDB (SQLite) only _id lookups use an index, so the workers'
 * reads of the copies (`reposts` by originalId per applied entry, by
 * receiptPending at every outbox pass) scan the collection, and every
 * operation of the hub slows down as copies accumulate. Hence the order of
 * the rounds: the one with six mutations per publish first.
 *
 * The kills are planned up front from a seeded PRNG (after which publish of
 * the batch, which service, how long down), printed with the seed; replay
 * with SYNDICATION_CRASH_SEED=<seed>. The default run is 9,50 (CI); the full
 * issue run is SYNDICATION_CRASH_SIZES=9,50,200. SYNDICATION_CRASH_SIZES sets
 * the rounds' sizes (0 skips a round). The services' output is written to
 * $TMPDIR/syndicationCrash-<seed>.log (SYNDICATION_CRASH_LOG_LEVEL=info for more).
 */

const COUNTY_SITE = '2101240002'; // 法库县: 初审, 复审, 终审
const SUBSCRIBERS: { level: Level; siteId: string }[] = [
  { level: 'CITY', siteId: '2101000001' }, // 沈阳市
  { level: 'PROVINCE', siteId: '2100000001' }, // 辽宁省
];
const SEED = Number(process.env.SYNDICATION_CRASH_SEED ?? Date.now() % 2 ** 31);
const SIZES = (process.env.SYNDICATION_CRASH_SIZES ?? '9,50').split(',').map(Number);
// More at once does not publish faster (the hub is CPU- and database-bound on
// 2 cores) and only lengthens the queue on each level's single FerretDB connection.
const PARALLEL = 4;
const CONVERGE_MS = 180_000;
const BODY = '<p>各乡镇人民政府，县政府各部门：现将有关事项通知如下，请认真贯彻执行。</p>';

/** Seeded, so a failing schedule of kills can be replayed. */
const random = createRandom(SEED).next;
const between = (min: number, max: number) => Math.floor(min + random() * (max - min));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

let cluster: RunningCluster;
const clients = new Map<string, MongoClient>(); // by URI
let countyNotices: Collection<NoticeDoc>;
function db(level: Level): Db {
  const client = clients.get(cluster.uris[level]);
  if (!client) throw new Error(`no client for the ${level} database`);
  return client.db(`${cluster.dbPrefix}_${levelPrefix(level)}`);
}
const summary: string[] = [];

beforeAll(async () => {
  console.log(`syndicationCrash: SYNDICATION_CRASH_SEED=${SEED}`);
  cluster = await startCluster({
    env: {
      SYNDICATION_POLL_MS: process.env.SYNDICATION_CRASH_POLL_MS ?? '300',
      // Hundreds of writes a minute by the same few people: not what this test is about.
      RATE_LIMIT_PER_MINUTE: '0',
      ...(process.env.SYNDICATION_CRASH_LOG_LEVEL
        ? { LOG_LEVEL: process.env.SYNDICATION_CRASH_LOG_LEVEL }
        : {}),
    },
  });
  for (const uri of new Set(Object.values(cluster.uris)))
    clients.set(uri, await MongoClient.connect(uri));
  countyNotices = db('COUNTY').collection<NoticeDoc>('notices');
}, 120_000);

afterAll(async () => {
  if (summary.length > 0) console.log(`syndicationCrash (seed ${SEED}):\n${summary.join('\n')}`);
  if (cluster) {
    // The services' output (warnings and up, and every kill) for a failure's post-mortem.
    const log = join(tmpdir(), `syndicationCrash-${SEED}.log`);
    writeFileSync(log, cluster.output());
    console.log(`syndicationCrash: service output in ${log}`);
  }
  for (const client of clients.values()) await client.close();
  await cluster?.stop();
});

function publishOptions(): ResilientPublishOptions {
  return { gatewayUrl: cluster.gatewayUrl, notices: countyNotices, siteId: COUNTY_SITE, steps: 3 };
}

function titlesOf(round: string, count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `法库县关于做好第${i + 1}项重点工作的通知（${round}）`,
  );
}

interface PlannedKill {
  /** Kill once this many notices of the batch are published. */
  afterPublishes: number;
  victim: ServiceName;
  downMs: number;
}

interface Kill extends PlannedKill {
  /** Notices published when the kill came (publishing goes on during city kills). */
  published: number;
  /** From the start of the batch. */
  atMs: number;
  /** startService: from spawning to /healthz answering. */
  restartMs: number;
}

/** `count` kills at random points of a batch of `size`, each victim at least once. */
function planKills(size: number, count: number, victims: readonly ServiceName[]): PlannedKill[] {
  const who = Array.from({ length: count }, (_, i) => victims[i % victims.length]);
  for (let i = who.length - 1; i > 0; i--) {
    const j = between(0, i + 1);
    [who[i], who[j]] = [who[j], who[i]];
  }
  const points = Array.from({ length: count }, () => between(1, size)).sort((a, b) => a - b);
  return points.map((afterPublishes, i) => ({
    afterPublishes,
    victim: who[i],
    downMs: between(50, 1500),
  }));
}

/**
 * Carries out the planned kills as the batch reaches each point: SIGKILL,
 * the victim stays down `downMs`, restart (waiting for /healthz). One at a
 * time: a point reached while a victim restarts comes right after. Kills the
 * batch outran are done once it is over, while the workers catch up.
 */
function startChaos(plan: readonly PlannedKill[], published: () => number) {
  const started = Date.now();
  const kills: Kill[] = [];
  let publishingDone = false;
  const loop = (async () => {
    for (const planned of plan) {
      while (!publishingDone && published() < planned.afterPublishes) await sleep(25);
      if (publishingDone) await sleep(between(200, 1000));
      const kill = { ...planned, published: published(), atMs: Date.now() - started };
      await cluster.killService(planned.victim);
      await sleep(planned.downMs);
      const restarting = Date.now();
      await cluster.startService(planned.victim);
      kills.push({ ...kill, restartMs: Date.now() - restarting });
    }
  })();
  return {
    kills,
    /** After the batch: the remaining kills, then every service is up. */
    async finish(): Promise<void> {
      publishingDone = true;
      await loop;
      for (const name of ['county', 'city', 'province', 'gateway'] as const)
        await cluster.startService(name);
    },
  };
}

/** Runs `work` over `items`, `parallel` at a time. */
async function pool<T, R>(
  items: readonly T[],
  parallel: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(parallel, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]);
      }
    }),
  );
  return results;
}

/**
 * APPROVED drafts, one per title: a notice taken through 三审 by the API,
 * cloned in the county database under new ids and titles.
 */
async function approvedDrafts(titles: readonly string[]): Promise<string[]> {
  const staff = siteStaff(COUNTY_SITE);
  const call = async (query: string, variables: Record<string, unknown>, token: string) =>
    Object.values(
      dataOf(
        await graphqlRequest<Record<string, { id: string }>>(
          cluster.gatewayUrl,
          query,
          variables,
          token,
        ),
      ),
    )[0];
  const { id } = await call(
    `mutation($siteId: ID!, $input: NoticeInput!) { createNotice(siteId: $siteId, input: $input) { id } }`,
    {
      siteId: COUNTY_SITE,
      input: { title: `${titles[0]}（模板）`, body: BODY, category: '政策文件' },
    },
    staff.editor,
  );
  await call(SUBMIT, { id }, staff.editor);
  await call(REVIEW, { id, decision: 'APPROVE' }, staff.reviewer);
  await call(REVIEW, { id, decision: 'APPROVE' }, staff.reviewer2);
  await call(REVIEW, { id, decision: 'APPROVE' }, staff.approver);
  const template = await countyNotices.findOne({ _id: id });
  if (template?.status !== 'APPROVED') throw new Error(`template ${id} is ${template?.status}`);
  const now = new Date();
  const clones = titles.map(
    (title): NoticeDoc => ({
      ...template,
      _id: makeNoticeId('COUNTY'),
      title,
      createdAt: now,
      updatedAt: now,
    }),
  );
  await countyNotices.insertMany(clones);
  // The template itself stays APPROVED and is never published.
  return clones.map((c) => c._id);
}

interface Inspection {
  published: number;
  /** Everything that is still wrong; empty once converged. */
  problems: string[];
}

/** Compares what the levels stored with what must be there for a round's notices. */
async function inspect(titles: readonly string[]): Promise<Inspection> {
  const all = await countyNotices
    .find({ siteId: COUNTY_SITE, title: { $in: [...titles] } })
    .project<Pick<NoticeDoc, '_id' | 'title' | 'status'>>({ _id: 1, title: 1, status: 1 })
    .toArray();
  const problems: string[] = [];
  const published = all.filter((n) => n.status === 'PUBLISHED');
  const publishedIds = new Set(published.map((n) => n._id));
  const allIds = all.map((n) => n._id);
  if (
    new Set(published.map((n) => n.title)).size !== titles.length ||
    published.length !== titles.length
  )
    problems.push(`${published.length} notices published for ${titles.length} titles`);

  // Every copy of the round's notices, at every level.
  const expected = new Map<string, RepostDoc>(); // repost id -> the copy
  for (const level of ['COUNTY', 'CITY', 'PROVINCE'] as const) {
    const subscriber = SUBSCRIBERS.find((s) => s.level === level);
    const stored = await db(level)
      .collection<RepostDoc>('reposts')
      .find({ originalId: { $in: allIds } }, { projection: { content: 0, history: 0 } })
      .toArray();
    const perPair = new Map<string, RepostDoc[]>();
    for (const copy of stored) {
      const pair = `${copy.originalId}@${copy.siteId}`;
      perPair.set(pair, [...(perPair.get(pair) ?? []), copy]);
      if (copy.siteId !== subscriber?.siteId)
        problems.push(`unexpected copy ${copy._id} at ${level} site ${copy.siteId}`);
      else if (!publishedIds.has(copy.originalId))
        problems.push(`copy ${copy._id} of the unpublished ${copy.originalId}`);
      else if (copy._id !== repostId(level, copy.siteId, copy.originalId))
        problems.push(`copy ${copy._id} of ${copy.originalId} under a foreign id`);
      if (copy.status !== 'PUBLISHED') problems.push(`copy ${copy._id} is ${copy.status}`);
    }
    for (const [pair, copies] of perPair)
      if (copies.length > 1)
        problems.push(`duplicate: ${copies.length} copies of ${pair} at ${level}`);
    if (!subscriber) continue;
    const lost = published.filter((n) => !perPair.has(`${n._id}@${subscriber.siteId}`));
    if (lost.length > 0)
      problems.push(
        `lost at ${level}: ${lost.length} (${lost
          .slice(0, 3)
          .map((n) => n._id)
          .join(', ')}${lost.length > 3 ? ', ...' : ''})`,
      );
    for (const n of published) {
      const copy = perPair.get(`${n._id}@${subscriber.siteId}`)?.[0];
      if (copy) expected.set(copy._id, copy);
    }
  }

  // At the origin: one PUBLISHED receipt per copy, nothing else (no FAILED ones).
  const receipts = await db('COUNTY')
    .collection<ReceiptDoc>('receipts')
    .find({ noticeId: { $in: allIds } })
    .toArray();
  const receiptOf = new Map(receipts.map((r) => [r._id, r]));
  for (const r of receipts)
    if (!expected.has(r._id)) problems.push(`receipt ${r._id} (${r.status}) without a copy`);
  let missing = 0;
  for (const [id, copy] of expected) {
    const r = receiptOf.get(id);
    if (r?.status !== 'PUBLISHED' || r.siteId !== copy.siteId || r.noticeId !== copy.originalId)
      missing += 1;
  }
  if (missing > 0) problems.push(`${missing} receipts missing or not PUBLISHED at the origin`);
  return { published: published.length, problems };
}

/** Waits until a round's copies and receipts are complete and stay so; returns how long it took. */
async function converge(titles: readonly string[], kills: readonly Kill[]): Promise<number> {
  const started = Date.now();
  let last: Inspection = { published: 0, problems: ['not inspected yet'] };
  try {
    await eventually(
      async () => {
        last = await inspect(titles);
        return last.problems.length === 0 ? true : undefined;
      },
      CONVERGE_MS,
      250,
    );
  } catch {
    throw new Error(
      `no convergence within ${CONVERGE_MS} ms (seed ${SEED}):\n${last.problems
        .slice(0, 30)
        .join(
          '\n',
        )}\n--- kills ---\n${JSON.stringify(kills)}\n--- the county log and its readers ---\n` +
        `${await probeFeeds()}\n--- last warnings (without connection refusals) ---\n${recentWarnings()}`,
    );
  }
  const ms = Date.now() - started;
  // Settled for good: the workers keep polling, and nothing may change any more.
  await sleep(2000);
  expect((await inspect(titles)).problems).toEqual([]);
  return ms;
}

/** For a post-mortem: how far the county's change log is, where its readers stand, how fast it answers now. */
async function probeFeeds(): Promise<string> {
  const lines: string[] = [];
  const counter = await db('COUNTY')
    .collection<{ _id: string; seq: number }>('counters')
    .findOne({ _id: 'changes' });
  lines.push(`county change log at seq ${counter?.seq ?? '?'}`);
  for (const level of ['COUNTY', 'CITY', 'PROVINCE'] as const) {
    const cursors = await db(level)
      .collection<{ _id: string; after: string | null }>('cursors')
      .find({ _id: { $in: ['syndication:county', 'catalog:COUNTY'] } })
      .toArray();
    lines.push(`${level} stored cursors: ${JSON.stringify(cursors.map((c) => [c._id, c.after]))}`);
  }
  const timed = async (what: string, run: () => Promise<string>) => {
    const started = Date.now();
    const outcome = await run().catch((error: unknown) => String(error));
    lines.push(`${what}: ${outcome} in ${Date.now() - started} ms`);
  };
  const signal = () => AbortSignal.timeout(60_000);
  await timed('county /healthz (no database)', async () => {
    const res = await fetch(cluster.levelUrls.COUNTY.replace(/\/graphql$/, '/healthz'), {
      signal: signal(),
    });
    return String(res.status);
  });
  // One lookup by id in each level's database, through the gateway.
  for (const level of ['COUNTY', 'CITY'] as const) {
    const one = await db(level).collection<NoticeDoc>('notices').findOne({ status: 'PUBLISHED' });
    if (one)
      await timed(`notice(id) of the ${level} level`, async () => {
        const result = await graphqlRequest(
          cluster.gatewayUrl,
          `query($id: ID!) { notice(id: $id) { id } }`,
          {
            id: one._id,
          },
        );
        return result.errors ? JSON.stringify(result.errors) : 'ok';
      });
  }
  const syndicator = testToken([{ siteId: ALL_SITES, role: 'SYNDICATOR' }], 'syndicationCrash');
  for (const first of [1, 100])
    await timed(
      `countyChanges(first: ${first}) with each notice, through the gateway`,
      async () => {
        const result = await graphqlRequest<{ page: { entries: unknown[] } }>(
          cluster.gatewayUrl,
          `query($first: Int!) { page: countyChanges(first: $first) { entries { noticeId notice { id body } } } }`,
          { first },
          syndicator,
        );
        return result.errors
          ? JSON.stringify(result.errors)
          : `${result.data?.page.entries.length} entries`;
      },
    );
  return lines.join('\n');
}

/** The services' last warnings, one short line each. */
function recentWarnings(): string {
  const lines: string[] = [];
  for (const line of cluster.output().split('\n')) {
    const match = /^\[(\w+)\] (\{.*\})$/.exec(line);
    if (!match) {
      if (line.startsWith('[cluster]')) lines.push(line);
      continue;
    }
    let entry: {
      level?: number;
      time?: number;
      msg?: string;
      source?: string;
      subgraph?: string;
      err?: { message?: string };
    };
    try {
      entry = JSON.parse(match[2]) as typeof entry;
    } catch {
      continue;
    }
    const message = entry.err?.message ?? '';
    if ((entry.level ?? 0) < 40 || message.includes('ECONNREFUSED')) continue;
    const at = entry.time ? new Date(entry.time).toISOString().slice(11, 23) : '';
    lines.push(
      `${at} [${match[1]}] ${entry.msg ?? ''} ${entry.source ?? entry.subgraph ?? ''}: ${message}`,
    );
  }
  return lines.slice(-40).join('\n');
}

/** The origin's view through the public API, for a few notices: both copies, live. */
async function checkThroughGateway(titles: readonly string[]): Promise<void> {
  const sample = await countyNotices
    .find({ title: { $in: [titles[0], titles[titles.length - 1]] } })
    .toArray();
  for (const notice of sample) {
    const data = dataOf(
      await graphqlRequest<{
        notice: { syndication: { site: { id: string }; status: string; mode: string }[] };
      }>(
        cluster.gatewayUrl,
        `query($id: ID!) { notice(id: $id) { syndication { site { id } status mode } } }`,
        { id: notice._id },
      ),
    );
    expect(data.notice.syndication.map((s) => [s.site.id, s.mode, s.status]).sort()).toEqual(
      SUBSCRIBERS.map((s) => [s.siteId, 'REPOST', 'PUBLISHED']).sort(),
    );
  }
}

function report(round: string, line: string): void {
  const text = `${round}: ${line}`;
  summary.push(text);
  console.log(text);
}

function describeKills(kills: readonly Kill[]): string {
  const by = new Map<string, number>();
  for (const k of kills) by.set(k.victim, (by.get(k.victim) ?? 0) + 1);
  const restart = kills.length
    ? `, restart ${(kills.reduce((s, k) => s + k.restartMs, 0) / kills.length / 1000).toFixed(1)} s on average`
    : '';
  return `${kills.length} kills (${[...by].map(([v, n]) => `${v} ${n}`).join(', ')}${restart})`;
}

test('the gateway killed right after publishing: copies and receipts follow once it is back', async () => {
  const titles = titlesOf(`G-${SEED}`, 4);
  const { editor } = siteStaff(COUNTY_SITE);
  for (const title of titles) {
    const created = dataOf(
      await graphqlRequest<{ createNotice: { id: string } }>(
        cluster.gatewayUrl,
        `mutation($siteId: ID!, $input: NoticeInput!) { createNotice(siteId: $siteId, input: $input) { id } }`,
        { siteId: COUNTY_SITE, input: { title, body: BODY, category: '政策文件' } },
        editor,
      ),
    );
    await publishThroughReview(cluster.gatewayUrl, created.createNotice.id, COUNTY_SITE, 3);
  }
  await cluster.killService('gateway');
  const atKill = await inspect(titles);
  await sleep(2000);
  // Still down: nothing the workers could not do without the gateway has been done meanwhile.
  const whileDown = await inspect(titles);
  await cluster.startService('gateway');
  const convergeMs = await converge(titles, []);
  await checkThroughGateway(titles);
  report(
    'gateway round',
    `${titles.length} publishes, gateway killed right after the last (outstanding then: ${atKill.problems.join('; ') || 'nothing'}; ` +
      `after 2 s down: ${whileDown.problems.join('; ') || 'nothing'}), converged ${(convergeMs / 1000).toFixed(1)} s after restart`,
  );
}, 300_000);

interface Round {
  round: number;
  prepare: 'approved' | 'review';
  victims: ServiceName[];
  /** Kills per publish of the batch. */
  killRate: number;
  /** Kill the county (the origin, which keeps the receipts) between this many batches. */
  countyKills: number;
}

const ROUNDS: Round[] = [
  { round: 1, prepare: 'review', victims: ['city', 'province'], killRate: 0.45, countyKills: 2 },
  {
    round: 2,
    prepare: 'approved',
    victims: ['city', 'province', 'gateway'],
    killRate: 0.12,
    countyKills: 0,
  },
  { round: 3, prepare: 'approved', victims: ['city', 'province'], killRate: 0.06, countyKills: 0 },
];

test.each(ROUNDS.filter((r) => (SIZES[r.round - 1] ?? 0) > 0))(
  'round $round ($prepare): SIGKILL of $victims during the batch → 0 lost, 0 duplicate reposts',
  async ({ round, prepare, victims, killRate, countyKills }) => {
    const size = SIZES[round - 1];
    const titles = titlesOf(`R${round}-${SEED}`, size);
    const plan = planKills(size, Math.max(victims.length, Math.round(size * killRate)), victims);
    console.log(
      `round ${round} (seed ${SEED}): ${size} publishes; kills planned ` +
        plan.map((k) => `${k.victim}@${k.afterPublishes}/${k.downMs}ms`).join(' '),
    );
    const drafts = prepare === 'approved' ? await approvedDrafts(titles) : null;

    const started = Date.now();
    let published = 0;
    let failedCalls = 0;
    let publishMs = 0;
    const chaos = startChaos(plan, () => published);
    try {
      const batches = countyKills + 1;
      const perBatch = Math.ceil(size / batches);
      for (let b = 0; b < batches; b++) {
        if (b > 0) {
          // Between batches the origin dies too, while copies are being made and receipts sent to it.
          await cluster.killService('county');
          await sleep(between(200, 1500));
          await cluster.startService('county');
        }
        const publish = drafts
          ? (i: number) => publishResiliently(publishOptions(), drafts[i])
          : (i: number) =>
              createAndPublishResiliently(publishOptions(), {
                title: titles[i],
                body: BODY,
                category: '政策文件',
              });
        const indexes = Array.from({ length: size }, (_, i) => i).slice(
          b * perBatch,
          (b + 1) * perBatch,
        );
        await pool(indexes, PARALLEL, async (i) => {
          failedCalls += (await publish(i)).failedCalls;
          published += 1;
        });
      }
      publishMs = Date.now() - started;
    } finally {
      await chaos.finish();
    }
    const convergeMs = await converge(titles, chaos.kills);
    await checkThroughGateway(titles);
    report(
      `round ${round}`,
      `${size} publishes (${prepare === 'approved' ? 'publishNotice of approved drafts' : 'create, 三审, publish'}) ` +
        `in ${(publishMs / 1000).toFixed(1)} s with ${failedCalls} failed calls resumed; ` +
        `${describeKills(chaos.kills)}${countyKills ? ` + county ${countyKills} between batches` : ''}; ` +
        `converged ${(convergeMs / 1000).toFixed(1)} s after the last restart`,
    );
  },
  900_000,
);
