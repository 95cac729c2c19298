/**
 * `npm run bench:search`: issue 5's search benchmark.
 *
 * (A) the in-process SearchIndex (core/search) over N synthetic notices: indexing throughput,
 *     memory after a forced GC, and p50/p95/p99 of a realistic query mix;
 * (B) the same notices in a MongoDB collection and a sample of the same queries as plain
 *     `$regex` scans (a throw-away FerretDB unless MONGODB_URI is set): the ratio scan / index;
 * (C) a real hub on loopback: the time to build a 1,000-item site feed (RSS, Atom, JSON, cold,
 *     warm and 304) and `search` end to end through the gateway.
 *
 * `--quick` is a smoke run at 10,000 notices. Prints a table with the targets (p95 <= 50 ms at
 * 100,000 notices, scan at least 20 times slower) and keeps the figures in bench-results/.
 * Run through npm: node needs --expose-gc for the memory figures.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { Command } from 'commander';
import { intList, phaseLetters, positiveInt } from './bench/benchOptions';
import { mongoUris } from './bench/mongoUris';
import { findRepoRoot } from '../core/process';
import type { RunningCluster } from './cluster';
import { startCluster } from './cluster';
import { measureFeedBuild } from './bench/feedBuild';
import type { SearchResults, SearchTargets } from './bench/searchFigures';
import { formatSearchFigures } from './bench/searchFigures';
import { measureSearchSize } from './bench/measureSearchSize';
import type { BytesPerNotice } from './bench/searchMemoryEstimate';
import { estimateSearchMemory } from './bench/searchMemoryEstimate';
import { withLocalMongo } from './bench/withLocalMongo';

process.env.APOLLO_TELEMETRY_DISABLED = '1';

const TARGETS: SearchTargets = { p95Ms: 50, atNotices: 100_000, ratio: 20 };
const WARMUP = 20;
const FEED_ITEMS = 1000;
/** Timed requests per feed format after the cold one (5 with --quick). */
const FEED_REPEATS = 10;
const HUB_SEARCHES = 50;
/** Above this size the scan baseline runs fewer queries unless --regex-queries says otherwise. */
const LARGE = 100_000;

interface Options {
  quick: boolean;
  sizes?: number[];
  queries: number;
  regexQueries?: number;
  hubNotices: number;
  seed: number;
  only: string;
}

const phases = phaseLetters('abc');

async function main(): Promise<void> {
  const opts = new Command('bench:search')
    .description('Search index vs $regex scan, indexing, memory, and a 1,000-item feed on a hub')
    .option('--quick', 'a smoke run: 10,000 notices, 5 requests per feed format', false)
    .option('--sizes <list>', 'notices per run of (A) and (B), e.g. 100000,1000000', intList)
    .option('--queries <n>', '(A) queries in the mix', positiveInt, 200)
    .option(
      '--regex-queries <n>',
      `(B) queries of the mix run as scans (default 30; 10 above ${LARGE} notices)`,
      positiveInt,
    )
    .option('--hub-notices <n>', '(C) notices of the hub cluster', positiveInt, 2000)
    .option('--seed <n>', 'seed of the synthetic notices and queries', positiveInt, 1)
    .option('--only <phases>', 'run only these phases, e.g. "ab"', phases, 'abc')
    .parse()
    .opts<Options>();
  const sizes = opts.sizes ?? (opts.quick ? [10_000] : [100_000]);
  const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);
  const started = performance.now();
  stopHubOnSignal(log);
  if (!globalThis.gc) {
    log('node runs without --expose-gc: memory figures include garbage (use npm run bench:search)');
  }

  const results: SearchResults = {
    mode: opts.quick ? 'quick' : 'full',
    queries: opts.queries,
    warmup: WARMUP,
    sizes: [],
    millionEstimate: null,
    hub: null,
    load: {},
    cpus: cpus().length,
    node: process.version,
    totalMemMb: totalmem() / 1024 / 1024,
    heapLimitMb: getHeapStatistics().heap_size_limit / 1024 / 1024,
    elapsedMs: 0,
  };
  const dir = join(findRepoRoot(), 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  /** Writes the figures so far (after every phase: a long run stopped midway keeps them). */
  const save = () => {
    results.elapsedMs = performance.now() - started;
    writeFileSync(
      file,
      JSON.stringify({ at: new Date().toISOString(), targets: TARGETS, ...results }, null, 2),
    );
  };
  /** Notes the load average around a phase (the CPUs may be shared with other work). */
  const phase = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const before = loadavg()[0];
    const value = await run();
    results.load[name] = { before, after: loadavg()[0] };
    return value;
  };

  const runIndex = opts.only.includes('a') || opts.only.includes('b');
  const needsMongo = opts.only.includes('b') || opts.only.includes('c');
  const where = process.env.MONGODB_URI
    ? 'MONGODB_URI'
    : 'a throw-away local FerretDB on SQLite (withLocalMongo)';
  const run = async () => {
    let perNotice: BytesPerNotice | null = null;
    // (B) compares with (A)'s timings of the same queries, so it always runs (A) first.
    for (const size of runIndex ? sizes : []) {
      const uri = process.env.MONGODB_URI;
      if (opts.only.includes('b') && !uri) throw new Error('MONGODB_URI is not set');
      const measured: { perNotice: BytesPerNotice | null } = await measureSearchSize({
        notices: size,
        perNotice,
        queries: opts.queries,
        warmup: WARMUP,
        seed: opts.seed,
        regex:
          opts.only.includes('b') && uri
            ? { uri, where, queries: opts.regexQueries ?? (size > LARGE ? 10 : 30) }
            : null,
        phase,
        onFigures: (result) => {
          if (!results.sizes.includes(result)) results.sizes.push(result);
          save();
        },
        log,
      });
      perNotice = measured.perNotice;
    }

    if (runIndex) results.millionEstimate = estimateSearchMemory(1_000_000, perNotice);

    if (opts.only.includes('c')) {
      log(`(C) feed build: seeding ${opts.hubNotices} notices, then starting a hub...`);
      results.hub = await phase('(C) hub', () =>
        measureFeedBuild({
          uris: mongoUris(),
          dbPrefix: `bench_${randomBytes(4).toString('hex')}`,
          start: startHub,
          notices: Math.max(opts.hubNotices, FEED_ITEMS),
          feedItems: FEED_ITEMS,
          feedRepeats: opts.quick ? 5 : FEED_REPEATS,
          searchQueries: HUB_SEARCHES,
          seed: opts.seed,
          log,
        }),
      );
      save();
    }
  };
  if (needsMongo) await withLocalMongo(log, run);
  else await run();

  save();
  process.stdout.write(formatSearchFigures(results, TARGETS));
  log(`figures saved to ${file}`);
}

/** The hub running now, stopped (databases dropped) when the benchmark is interrupted. */
let liveHub: RunningCluster | null = null;

/** The hub of (C) on the databases it seeded under `dbPrefix`, remembered until stopped. */
async function startHub(dbPrefix: string): Promise<RunningCluster> {
  const cluster = await startCluster({
    seed: false,
    env: {
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
      // No rules in the synthetic cluster: the workers would only read every log once more.
      SYNDICATION_ENABLED: '0',
      MONGODB_DB_PREFIX: dbPrefix,
    },
  });
  liveHub = cluster;
  return {
    ...cluster,
    stop: async () => {
      liveHub = null;
      await cluster.stop();
    },
  };
}

/**
 * Ctrl-C or a SIGTERM stops the hub and drops its databases; exiting then kills the throw-away
 * FerretDB (spawnService's exit hook). Without this the services, detached in their own process
 * groups, would outlive the benchmark.
 */
function stopHubOnSignal(log: (m: string) => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping${liveHub ? ' the hub' : ''}...`);
      void Promise.allSettled([liveHub?.stop()]).then(() =>
        process.exit(signal === 'SIGINT' ? 130 : 143),
      );
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:search failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
