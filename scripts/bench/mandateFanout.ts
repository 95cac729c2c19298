import { performance } from 'node:perf_hooks';
import type { JwtConfig } from '../../core/auth';
import type { Level } from '../../core/levels';
import type { RunningCluster } from '../cluster';
import { writeCluster } from '../seed/writeCluster';
import { seedThenStart } from './seedThenStart';
import { benchProgress } from './benchProgress';
import { approveDraft, publishApproved, siteStaff } from './benchWorkflow';
import type { ChildMemory } from './childMemory';
import { childMemory } from './childMemory';
import type { DbCommandCounts } from './dbCommandStats';
import { dbCommandCounts, resetDbCommandCounts } from './dbCommandStats';
import { FANOUT_PROVINCE_SITE, fanoutDirectory } from './fanoutDirectory';
import { graphqlCall } from './graphqlCall';
import { LevelDatabases } from './levelDatabases';
import type { ReceiptProbeFigures } from './receiptProbes';
import { probeReceipts } from './receiptProbes';
import type { Percentiles } from './percentiles';
import { percentiles } from './percentiles';

export interface FanoutSpec {
  sites: number;
  /** MongoDB connection string of every level. */
  uris: Record<Level, string>;
  dbPrefix: string;
  /** Starts the hub on databases already seeded under `dbPrefix` (seed: false). */
  start: (dbPrefix: string) => Promise<RunningCluster>;
  jwt: JwtConfig;
  /** Give up after this long (default 120 s). */
  timeoutMs?: number;
  log: (message: string) => void;
}

export interface FanoutFigures {
  sites: number;
  /** publishNotice answered → the first copy in the county `reposts` (ms). */
  firstCopyMs: number | null;
  /** publishNotice answered → all `sites` copies in the county `reposts` (ms). */
  allCopiesMs: number | null;
  /** publishNotice answered → all `sites` receipts in the province `receipts` (ms). */
  allReceiptsMs: number | null;
  copies: number;
  receipts: number;
  /**
   * How long one count took (a full scan on FerretDB): times are when the first count showing
   * the total was sent, so they are late by at most about three of these plus 20 ms.
   */
  countQueryMs: Percentiles;
  /** The origin's coverage through the gateway once the receipts are in. */
  coverage: { expectedCount: number; doneCount: number; missingCount: number } | null;
  /** Database commands each subgraph sent from the publication to the last receipt. */
  dbCommands: Partial<Record<Level, DbCommandCounts>>;
  /** When the receipt count at the origin changed (ms after the publication) and to what. */
  receiptSteps: { ms: number; receipts: number }[];
  /** Where one batch of receipts spends its time, hub idle (after the measurement). */
  receiptProbes: ReceiptProbeFigures | null;
  memory: ChildMemory;
  /** Seeding the directory into the three databases and starting the hub (ms). */
  setupMs: number;
}

const COVERAGE = `query($id: ID!) {
  notice(id: $id) { id ... on ProvinceNotice { coverage { expectedCount doneCount missingCount } } }
}`;

/**
 * (b) One province directive that every county portal must repost (下行, levels [COUNTY],
 * deadline 8 h) in a cluster of 1 province and `sites` county portals: writes the directory
 * into the three level databases, starts the hub on them, takes the notice through 三审,
 * publishes it and counts (every 20 ms, or twice as long as the counts take) the copies in the county `reposts` and the receipts in
 * the province `receipts` until both reach `sites`.
 */
export async function measureFanout(spec: FanoutSpec): Promise<FanoutFigures> {
  const setupStarted = performance.now();
  const cluster = await seedThenStart(spec, (seed) =>
    writeCluster(seed, { sites: fanoutDirectory(spec.sites), notices: [] }),
  );
  const databases = await LevelDatabases.open(spec.uris, spec.dbPrefix);
  try {
    const gateway = cluster.gatewayUrl;
    const staff = siteStaff(spec.jwt, FANOUT_PROVINCE_SITE);
    const id = await approveDraft(gateway, staff, FANOUT_PROVINCE_SITE, {
      title: `扇出省人民政府关于转发${spec.sites}个县执行的通知`,
      kind: 'POLICY',
      columnId: 'zcwj',
      category: '政策文件',
      body: '<p>各县人民政府：</p><p>现将有关文件转发给你们，请于规定时限内在本级门户网站转载。</p>',
      mandate: { levels: ['COUNTY'], deadlineHours: 8 },
    });
    await databases.waitForQuiescence({ timeoutMs: 60_000, settleMs: 500 });
    const setupMs = performance.now() - setupStarted;
    await resetDbCommandCounts(cluster);

    const published = await publishApproved(gateway, staff, id);
    if (!published.ok) throw published.error;
    const t0 = performance.now();
    const timeoutMs = spec.timeoutMs ?? 120_000;
    let firstCopyMs: number | null = null;
    let allCopiesMs: number | null = null;
    let allReceiptsMs: number | null = null;
    let copies = 0;
    let receipts = 0;
    const countMs: number[] = [];
    const receiptSteps: { ms: number; receipts: number }[] = [];
    /** A count, with when it was sent (the state it saw) and how long it took. */
    const count = async (fn: () => Promise<number>) => {
      const issued = performance.now();
      const value = await fn();
      countMs.push(performance.now() - issued);
      return { at: issued - t0, value, took: performance.now() - issued };
    };
    const progress = benchProgress(`(b) ${spec.sites} sites: receipts`, spec.sites, 'receipts');
    for (;;) {
      let took = 0;
      if (allCopiesMs === null) {
        const c = await count(() => databases.copiesOf('COUNTY', id));
        copies = c.value;
        took += c.took;
        if (firstCopyMs === null && copies > 0) firstCopyMs = c.at;
        if (copies >= spec.sites) allCopiesMs = c.at;
      }
      const r = await count(() => databases.receiptsOf('PROVINCE', id));
      if (r.value !== receipts) receiptSteps.push({ ms: Math.round(r.at), receipts: r.value });
      receipts = r.value;
      took += r.took;
      if (allReceiptsMs === null && receipts >= spec.sites) allReceiptsMs = r.at;
      progress.update(receipts, `copies ${copies}/${spec.sites}`);
      if (allCopiesMs !== null && allReceiptsMs !== null) break;
      if (performance.now() - t0 > timeoutMs) {
        spec.log(
          `(b) ${spec.sites} sites: gave up after ${timeoutMs} ms with ${copies} copies and ${receipts} receipts`,
        );
        break;
      }
      // Counts are full scans on FerretDB: leave the database at least two thirds of the time.
      await new Promise((resolve) => setTimeout(resolve, Math.max(20, 2 * took)));
    }
    progress.stop();
    const dbCommands = await dbCommandCounts(cluster);
    const data = await graphqlCall<{
      notice: {
        coverage?: { expectedCount: number; doneCount: number; missingCount: number } | null;
      } | null;
    }>(gateway, COVERAGE, { id }, staff.editor);
    const memory = childMemory();
    const receiptProbes = await probeReceipts({
      cluster,
      databases,
      jwt: spec.jwt,
      noticeId: id,
    }).catch((error: unknown) => {
      spec.log(
        `(b) receipt probes failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return null;
    });
    return {
      sites: spec.sites,
      firstCopyMs,
      allCopiesMs,
      allReceiptsMs,
      copies,
      receipts,
      coverage: data.notice?.coverage ?? null,
      countQueryMs: percentiles(countMs),
      dbCommands,
      receiptSteps,
      receiptProbes,
      memory,
      setupMs,
    };
  } finally {
    await databases.close();
    await cluster.stop();
  }
}
