/**
 * `npm run bench:syndication`: how fast syndication (转载, 下行) moves, against real processes on
 * loopback (a throw-away FerretDB unless MONGODB_URI is set):
 *
 * (a) propagation latency from a county publication to the province copy being readable through
 *     the gateway, with the nudge and with polling only;
 * (b) fan-out of one mandatory province directive to 100 and 1,000 county portals (copies and
 *     receipts at the origin);
 * (c) a new rule backfilled over 10,000 existing notices (notices/s), with a probe of where a
 *     feed page spends its time.
 *
 * `--quick` is a smoke run with small sizes. Prints a table and keeps the figures in
 * bench-results/.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import { intList, phaseLetters, positiveInt } from './bench/benchOptions';
import { mongoUris } from './bench/mongoUris';
import type { JwtConfig } from '../core/auth';
import { loadConfig } from '../core/config';
import { findRepoRoot } from '../core/process';
import type { RunningCluster } from './cluster';
import { startCluster } from './cluster';
import { benchProgress } from './bench/benchProgress';
import { siteStaff } from './bench/benchWorkflow';
import { childMemory } from './bench/childMemory';
import { es256Env } from './bench/es256Env';
import type { FeedProbeFigures } from './bench/feedProbes';
import { probeFeed } from './bench/feedProbes';
import { LevelDatabases } from './bench/levelDatabases';
import { measureFanout } from './bench/mandateFanout';
import type { PropagationFigures } from './bench/propagationLatency';
import { DEMO_COUNTY_SITE, measurePropagation } from './bench/propagationLatency';
import { measureBackfill } from './bench/ruleBackfill';
import type { SyndicationResults, SyndicationTargets } from './bench/syndicationFigures';
import { formatSyndicationFigures } from './bench/syndicationFigures';
import { withLocalMongo } from './bench/withLocalMongo';

process.env.APOLLO_TELEMETRY_DISABLED = '1';

const TARGETS: SyndicationTargets = {
  fanoutMs: 10_000,
  fanoutSites: 1000,
  backfillPerSecond: 1000,
};

interface Options {
  quick: boolean;
  notices?: number;
  sites?: number[];
  backfill?: number;
  pollMs: number;
  only: string;
}

const scenarios = phaseLetters('abc');

async function main(): Promise<void> {
  const opts = new Command('bench:syndication')
    .description('Syndication latency, mandate fan-out and rule backfill, on loopback')
    .option('--quick', 'a smoke run: 20 notices, 100 sites, 1,000 notices to backfill', false)
    .option('--notices <n>', '(a) notices published per mode (default 200)', positiveInt)
    .option(
      '--sites <list>',
      '(b) county portals per fan-out, comma separated (default 100,1000)',
      intList,
    )
    .option(
      '--backfill <n>',
      '(c) existing notices the new rule covers (default 10000)',
      positiveInt,
    )
    .option('--poll-ms <ms>', '(a) SYNDICATION_POLL_MS of the polling-only run', positiveInt, 1000)
    .option('--only <scenarios>', 'run only these scenarios, e.g. "ab"', scenarios, 'abc')
    .parse()
    .opts<Options>();
  const notices = opts.notices ?? (opts.quick ? 20 : 200);
  const fanouts = opts.sites ?? (opts.quick ? [100] : [100, 1000]);
  const backfill = opts.backfill ?? (opts.quick ? 1000 : 10_000);
  const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);
  const started = performance.now();
  stopHubsOnSignal(log);

  await withLocalMongo(log, async () => {
    const uris = mongoUris();
    const jwtEnv = es256Env();
    const jwt = loadConfig(jwtEnv).jwt;
    const gatewaySecret = randomBytes(24).toString('hex');
    const baseEnv: Record<string, string> = {
      LOG_LEVEL: 'warn',
      ...jwtEnv,
      GATEWAY_SHARED_SECRET: gatewaySecret,
      // Publishing, reading every 10 ms and the reviews all come from one address.
      RATE_LIMIT_PER_MINUTE: '0',
      // /debug/db-commands on every subgraph: what the database was asked during a scenario.
      GOVHUB_DB_COMMAND_STATS: '1',
    };
    const results: SyndicationResults = {
      mode: opts.quick ? 'quick' : 'full',
      propagation: [],
      fanout: [],
      backfill: null,
      memory: {},
      load: {},
      cpus: cpus().length,
      elapsedMs: 0,
    };
    const runId = randomBytes(3).toString('hex');
    const dir = join(findRepoRoot(), 'bench-results');
    mkdirSync(dir, { recursive: true });
    const file = join(
      dir,
      `bench-syndication-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    );
    /** Writes the figures so far (after every scenario: a long run stopped midway keeps them). */
    const save = () => {
      results.elapsedMs = performance.now() - started;
      writeFileSync(
        file,
        JSON.stringify({ at: new Date().toISOString(), targets: TARGETS, ...results }, null, 2),
      );
    };
    /** Notes the load average around a scenario (the CPUs may be shared with other work). */
    const scenario = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
      const before = loadavg()[0];
      const value = await run();
      results.load[name] = { before, after: loadavg()[0] };
      return value;
    };

    if (opts.only.includes('a')) {
      const modes: { name: string; env: Record<string, string> }[] = [
        { name: 'nudge (default)', env: {} },
        {
          name: `polling only (${opts.pollMs} ms)`,
          env: { SYNDICATION_NUDGE: '0', SYNDICATION_POLL_MS: String(opts.pollMs) },
        },
      ];
      for (const mode of modes) {
        log(`(a) ${mode.name}: starting the hub with the demo cluster...`);
        const cluster = await startHub({ env: { ...baseEnv, ...mode.env } });
        try {
          await settle(cluster, log);
          const figures: PropagationFigures = await scenario(`(a) ${mode.name}`, () =>
            measurePropagation({
              name: mode.name,
              gatewayUrl: cluster.gatewayUrl,
              staff: siteStaff(jwt, DEMO_COUNTY_SITE),
              notices,
              runId,
            }),
          );
          figures.probes = await probeNewest(cluster, jwt, gatewaySecret, log);
          results.propagation.push(figures);
          save();
          results.memory[`(a) ${mode.name}`] = childMemory();
          log(
            `(a) ${mode.name}: p50 ${figures.visible.p50?.toFixed(1)} ms, p99 ${figures.visible.p99?.toFixed(1)} ms`,
          );
        } finally {
          await cluster.stop();
        }
      }
    }

    if (opts.only.includes('b')) {
      for (const sites of fanouts) {
        log(`(b) ${sites} county portals: seeding the directory and starting the hub...`);
        const figures = await scenario(`(b) ${sites} sites`, () =>
          measureFanout({
            sites,
            uris,
            dbPrefix: `bench_${randomBytes(4).toString('hex')}`,
            start: (dbPrefix) => startSeeded(baseEnv, dbPrefix),
            jwt,
            log,
          }),
        );
        results.fanout.push(figures);
        save();
        results.memory[`(b) ${sites} sites`] = figures.memory;
        log(
          `(b) ${sites} sites: all copies ${fmtSeconds(figures.allCopiesMs)}, all receipts ${fmtSeconds(figures.allReceiptsMs)}`,
        );
      }
    }

    if (opts.only.includes('c')) {
      log(`(c) backfill over ${backfill} notices: seeding, then starting the hub...`);
      const figures = await scenario(`(c) backfill ${backfill}`, () =>
        measureBackfill({
          notices: backfill,
          uris,
          dbPrefix: `bench_${randomBytes(4).toString('hex')}`,
          start: (dbPrefix) => startSeeded(baseEnv, dbPrefix),
          jwt,
          gatewaySecret,
          log,
        }),
      );
      results.backfill = figures;
      save();
      results.memory[`(c) backfill ${backfill}`] = figures.memory;
      log(
        `(c) ${figures.copies} copies in ${fmtSeconds(figures.backfillMs)}: ${figures.noticesPerSecond?.toFixed(0) ?? '-'} notices/s`,
      );
    }

    save();
    process.stdout.write(formatSyndicationFigures(results, TARGETS));
    log(`figures saved to ${file}`);
  });
}

/** Hubs running now, stopped (databases dropped) when the benchmark is interrupted. */
const liveHubs = new Set<RunningCluster>();

/** startCluster, remembering the hub until it is stopped. */
async function startHub(options: Parameters<typeof startCluster>[0]): Promise<RunningCluster> {
  const cluster = await startCluster(options);
  liveHubs.add(cluster);
  return {
    ...cluster,
    stop: async () => {
      liveHubs.delete(cluster);
      await cluster.stop();
    },
  };
}

/**
 * Ctrl-C or a SIGTERM stops the running hubs and drops their databases; exiting then kills the
 * throw-away FerretDB (spawnService's exit hook). Without this the services, detached in their
 * own process groups, would outlive the benchmark.
 */
function stopHubsOnSignal(log: (m: string) => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping ${liveHubs.size} hub(s)...`);
      void Promise.allSettled([...liveHubs].map((hub) => hub.stop())).then(() =>
        process.exit(signal === 'SIGINT' ? 130 : 143),
      );
    });
  }
}

/** The hub on databases the benchmark seeded itself under `dbPrefix` (dropped by stop()). */
function startSeeded(env: Record<string, string>, dbPrefix: string): Promise<RunningCluster> {
  return startHub({ seed: false, env: { ...env, MONGODB_DB_PREFIX: dbPrefix } });
}

/** Waits until the workers and the catalog have read the seeded logs once (start-up catch-up). */
async function settle(cluster: RunningCluster, log: (m: string) => void): Promise<void> {
  const databases = await LevelDatabases.open(cluster.uris, cluster.dbPrefix);
  try {
    const first = await databases.positions();
    const bar = benchProgress('workers read the demo logs', first.behind, 'entries');
    const t = performance.now();
    await databases.waitForQuiescence({
      timeoutMs: 5 * 60_000,
      onPoll: (behind) => bar.update(first.behind - behind),
    });
    bar.stop();
    log(
      `start-up catch-up: ${first.behind} entries in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
  } finally {
    await databases.close();
  }
}

/**
 * Where one nudged read of the newest county entry spends its time, hub idle: the syndication
 * worker's feed query (1 entry) through the gateway and at the subgraph, and its queries.
 */
async function probeNewest(
  cluster: RunningCluster,
  jwt: JwtConfig,
  gatewaySecret: string,
  log: (m: string) => void,
): Promise<FeedProbeFigures | null> {
  const databases = await LevelDatabases.open(cluster.uris, cluster.dbPrefix);
  try {
    const { heads } = await databases.positions();
    return await probeFeed({
      cluster,
      databases,
      jwt,
      gatewaySecret,
      source: 'COUNTY',
      entries: heads.COUNTY,
      positions: Array.from({ length: 10 }, () => heads.COUNTY - 1),
    });
  } catch (error) {
    log(`(a) feed probes failed: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  } finally {
    await databases.close();
  }
}

function fmtSeconds(value: number | null): string {
  return value === null ? 'not reached' : `${(value / 1000).toFixed(2)} s`;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:syndication failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
