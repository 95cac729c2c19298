import { performance } from 'node:perf_hooks';
import type { JwtConfig } from '../../core/auth';
import type { Level } from '../../core/levels';
import type { NoticeDoc, SiteDoc } from '../../core/model';
import type { RunningCluster } from '../cluster';
import { buildSyntheticCluster } from '../seed/buildSyntheticCluster';
import { DEFAULT_PERIOD, generateSiteNotices } from '../seed/generateSiteNotices';
import { buildSiteProfiles } from '../seed/siteProfile';
import { writeCluster } from '../seed/writeCluster';
import { benchProgress } from './benchProgress';
import { seedThenStart } from './seedThenStart';
import { siteStaff } from './benchWorkflow';
import type { ChildCpu } from './childCpu';
import { childCpu, cpuSince } from './childCpu';
import type { ChildMemory } from './childMemory';
import { childMemory } from './childMemory';
import type { DbCommandCounts } from './dbCommandStats';
import { dbCommandCounts, resetDbCommandCounts } from './dbCommandStats';
import type { FeedProbeFigures } from './feedProbes';
import { probeFeed } from './feedProbes';
import { graphqlCall } from './graphqlCall';
import { LevelDatabases } from './levelDatabases';
import type { Percentiles } from './percentiles';
import { percentiles } from './percentiles';

export interface BackfillSpec {
  notices: number;
  uris: Record<Level, string>;
  dbPrefix: string;
  start: (dbPrefix: string) => Promise<RunningCluster>;
  jwt: JwtConfig;
  gatewaySecret: string;
  timeoutMs?: number;
  log: (message: string) => void;
}

export interface BackfillFigures {
  notices: number;
  seedMs: number;
  /** Hub started → every worker and the catalog have read the seeded logs (no rule matches). */
  catchUpMs: number;
  catchUpEntries: number;
  /**
   * createSyndicationRule answered → the backfill has written its copies of every county notice
   * (its cursor over the county's compacted log counts them all; checked every 100 ms), ms.
   */
  backfillMs: number | null;
  /** createSyndicationRule answered → the worker marked the backfill done (ms). */
  markedDoneMs: number | null;
  /**
   * createSyndicationRule answered → the origin holds a receipt for every copy (a backfill holds
   * its receipts back until its copies are made; checked every second), ms.
   */
  receiptsMs: number | null;
  copies: number;
  noticesPerSecond: number | null;
  /**
   * Between two moves of the backfill's county cursor (one page read through the gateway and
   * applied, as seen every 100 ms), ms; and the notices each move covered.
   */
  pageMs: Percentiles;
  pageEntries: Percentiles;
  dbCommands: Partial<Record<Level, DbCommandCounts>>;
  probes: FeedProbeFigures | null;
  memory: ChildMemory;
  /** CPU seconds each process used from the rule's creation until every copy existed. */
  cpu: ChildCpu;
}

const CREATE_RULE = `mutation($siteId: ID!, $input: SyndicationRuleInput!) {
  createSyndicationRule(siteId: $siteId, input: $input) { id }
}`;

/**
 * (c) A new 转载规则 over `notices` existing notices: seeds that many published notices of one
 * county portal (with their change-log entries) before the hub starts, waits until the workers
 * have read the logs once, then has the city portal's admin create a rule taking every notice of
 * that county, and follows the backfill until every copy is written (then counts them once). Then probes where
 * a feed page's time goes (see probeFeed).
 */
export async function measureBackfill(spec: BackfillSpec): Promise<BackfillFigures> {
  const sites = buildSyntheticCluster({ cities: 1, counties: 1, seed: 4 });
  const county = portalOf(sites, 'COUNTY');
  const city = portalOf(sites, 'CITY');
  const notices = publishedNotices(sites, county, spec.notices);

  const seedStarted = performance.now();
  let seedMs = 0;
  const cluster = await seedThenStart(spec, async (seed) => {
    const seeding = benchProgress('(c) seed county notices', notices.length, 'notices');
    let written = 0;
    await writeCluster(
      seed,
      { sites, notices },
      {
        onNotices: (n) => {
          written += n;
          seeding.update(written);
        },
      },
    );
    seeding.stop();
    seedMs = performance.now() - seedStarted;
  });
  const databases = await LevelDatabases.open(spec.uris, spec.dbPrefix);
  try {
    const startedAt = performance.now();
    const first = await databases.positions();
    const catchUp = benchProgress('(c) workers read the logs once', first.behind, 'entries');
    const caughtUp = await databases.waitForQuiescence({
      timeoutMs: 90 * 60_000,
      settleMs: 1500,
      everyMs: 1000,
      onPoll: (behind) => catchUp.update(first.behind - behind),
    });
    catchUp.stop();
    const catchUpMs = performance.now() - startedAt;
    const before = await databases.allCopies('CITY');
    if (before !== 0) throw new Error(`the city already holds ${before} copies before the rule`);

    await resetDbCommandCounts(cluster);
    const cpuBefore = childCpu();
    const admin = siteStaff(spec.jwt, city._id).admin;
    const created = await graphqlCall<{ createSyndicationRule: { id: string } }>(
      cluster.gatewayUrl,
      CREATE_RULE,
      {
        siteId: city._id,
        input: {
          name: `转载${county.name}全部文件（基准测试）`,
          scope: { siteIds: [county._id] },
          mode: 'REPOST',
          targetColumnId: 'sjwj',
          publish: 'IMMEDIATELY',
        },
      },
      admin,
    );
    const t0 = performance.now();
    const ruleId = created.createSyndicationRule.id;
    // Counting 10,000 copies is a full scan on FerretDB (seconds, competing with the worker):
    // follow the backfill's own cursor over the county's compacted log instead (read by _id). It
    // is stored after each page's copies are written and counts the notices read, so once it
    // counts every county notice every copy exists.
    const countyCursor = `backfill:${ruleId}:compacted:county`;
    const marker = `backfill:${ruleId}:state`;
    const countyHead = notices.length;
    const timeoutMs = spec.timeoutMs ?? 60 * 60_000;
    let backfillMs: number | null = null;
    let cpu: ChildCpu = {};
    let markedDoneMs: number | null = null;
    const progress = benchProgress('(c) backfill: county notices read', countyHead, 'notices');
    /** When the backfill's cursor moved (a page read and applied), to time its pages. */
    const advances: { at: number; seq: number }[] = [{ at: 0, seq: 0 }];
    for (;;) {
      const issued = performance.now();
      const seq = await databases.cursorServed('CITY', countyCursor);
      if (seq > advances[advances.length - 1].seq) advances.push({ at: issued - t0, seq });
      const done = (await databases.cursor('CITY', marker)) === 'done';
      if (backfillMs === null && seq >= countyHead) {
        backfillMs = issued - t0;
        cpu = cpuSince(cpuBefore);
      }
      if (markedDoneMs === null && done) markedDoneMs = issued - t0;
      progress.update(seq);
      if (backfillMs !== null && markedDoneMs !== null) break;
      if (performance.now() - t0 > timeoutMs) {
        spec.log(`(c) gave up after ${timeoutMs} ms at entry ${seq} of ${countyHead}`);
        break;
      }
      await new Promise((r) => setTimeout(r, Math.max(0, issued + 100 - performance.now())));
    }
    progress.stop();
    let receiptsMs: number | null = null;
    if (backfillMs !== null) {
      const receipts = benchProgress('(c) receipts at the origin', notices.length, 'receipts');
      while (performance.now() - t0 < timeoutMs) {
        const issued = performance.now();
        const count = await databases.allReceipts('COUNTY');
        receipts.update(count);
        if (count >= notices.length) {
          receiptsMs = issued - t0;
          break;
        }
        await new Promise((r) => setTimeout(r, Math.max(0, issued + 1000 - performance.now())));
      }
      receipts.stop();
    }
    const pages = advances.slice(1).map((a, i) => ({
      ms: a.at - advances[i].at,
      entries: a.seq - advances[i].seq,
    }));
    const copies = await databases.allCopies('CITY');
    if (copies < notices.length)
      spec.log(`(c) only ${copies} of ${notices.length} copies exist after the backfill`);
    const dbCommands = await dbCommandCounts(cluster);
    const memory = childMemory();
    spec.log('(c) probing where a feed page spends its time...');
    const probes = await probeFeed({
      cluster,
      databases,
      jwt: spec.jwt,
      gatewaySecret: spec.gatewaySecret,
      source: 'COUNTY',
      entries: caughtUp.heads.COUNTY,
    }).catch((error: unknown) => {
      spec.log(`(c) feed probes failed: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    });
    return {
      notices: notices.length,
      seedMs,
      catchUpMs,
      catchUpEntries: first.behind,
      backfillMs,
      markedDoneMs,
      receiptsMs,
      copies,
      noticesPerSecond: backfillMs === null ? null : notices.length / (backfillMs / 1000),
      pageMs: percentiles(pages.map((p) => p.ms)),
      pageEntries: percentiles(pages.map((p) => p.entries)),
      dbCommands,
      probes,
      memory,
      cpu,
    };
  } finally {
    await databases.close();
    await cluster.stop();
  }
}

function portalOf(sites: readonly SiteDoc[], level: Level): SiteDoc {
  const site = sites.find((s) => s.level === level && s.kind === 'PORTAL');
  if (!site) throw new Error(`the synthetic cluster has no ${level} portal`);
  return site;
}

/** The first `count` published (not repealed, not draft) generated notices of one portal. */
function publishedNotices(sites: readonly SiteDoc[], portal: SiteDoc, count: number): NoticeDoc[] {
  const profile = buildSiteProfiles(sites).get(portal._id);
  if (!profile) throw new Error(`no profile for ${portal._id}`);
  const out: NoticeDoc[] = [];
  for (const notice of generateSiteNotices(profile, {
    count: Math.ceil(count * 1.25) + 20,
    seed: 4,
    ...DEFAULT_PERIOD,
  })) {
    if (notice.status !== 'PUBLISHED') continue;
    out.push(notice);
    if (out.length === count) return out;
  }
  throw new Error(`generated only ${out.length} published notices of ${count}`);
}
