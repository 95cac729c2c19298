/**
 * `npm run bench:import`: issue 6's import benchmark, in-process (no database, no cluster).
 *
 * Generates N pages with ground truth (scripts/import/generate, the benchmark mix) into memory
 * first, then imports each with importPage, timed alone, and compares it with its truth:
 * (a) pages per second, p50/p95/p99 per page, by encoding and format, and memory after;
 * (b) false positives of the spam check on the real fixture pages, the clean noise fixtures and
 *     the generated clean pages (target 0);
 * (c) recall on the generated spam, by kind (target at least 99 %), and quarantine precision and
 *     recall;
 * (d) exact-match rates of title, 文号, issuer, signedAt, publishedAt and the body.
 *
 * `--quick` is a smoke run at 1,000 pages. Prints a table and keeps the figures in bench-results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import { findRepoRoot } from '../core/process';
import type { GeneratedPage } from './import/generate';
import { generatePages } from './import/generate';
import { positiveInt } from './bench/benchOptions';
import { benchProgress } from './bench/benchProgress';
import { checkCleanFixtures } from './bench/checkCleanFixtures';
import { formatImportFigures } from './bench/formatImportFigures';
import type { ImportResults, ImportTargets } from './bench/importFigures';
import { computeImportFigures } from './bench/importFigures';
import { measureImport } from './bench/measureImport';
import { memoryAfterGc } from './bench/memoryAfterGc';

const TARGETS: ImportTargets = { falsePositives: 0, spamRecall: 0.99 };
const FULL_PAGES = 10_000;
const QUICK_PAGES = 1000;
const WARMUP = 50;

interface Options {
  quick: boolean;
  pages?: number;
  seed: number;
}

function main(): void {
  const opts = new Command('bench:import')
    .description('importPage throughput, spam false positives and recall, field accuracy')
    .option('--quick', `a smoke run: ${withCommas(QUICK_PAGES)} pages`, false)
    .option('--pages <n>', `generated pages (default ${withCommas(FULL_PAGES)})`, positiveInt)
    .option('--seed <n>', 'seed of the generated pages', positiveInt, 1)
    .parse()
    .opts<Options>();
  const count = opts.pages ?? (opts.quick ? QUICK_PAGES : FULL_PAGES);
  const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);
  const started = performance.now();

  const beforeGenerate = memoryAfterGc();
  const generating = benchProgress('generate', count, 'pages');
  const pages: GeneratedPage[] = [];
  const generateStarted = performance.now();
  for (const page of generatePages(opts.seed, count)) {
    pages.push(page);
    if (pages.length % 25 === 0 || pages.length === count) generating.update(pages.length);
  }
  generating.stop();
  const generateMs = performance.now() - generateStarted;
  const afterGenerate = memoryAfterGc();
  log(`generated ${withCommas(count)} pages in ${(generateMs / 1000).toFixed(1)} s`);

  const loadBefore = loadavg()[0];
  const samples = measureImport(pages, {
    warmup: Math.min(WARMUP, count),
    progress: benchProgress('import', count, 'pages'),
  });
  const loadAfter = loadavg()[0];
  const afterImport = memoryAfterGc();
  log('checking the fixture pages...');
  const clean = checkCleanFixtures();

  const results: ImportResults = {
    mode: opts.quick ? 'quick' : 'full',
    seed: opts.seed,
    pages: count,
    warmup: Math.min(WARMUP, count),
    generateMs,
    generatedMb: pages.reduce((n, p) => n + p.bytes.byteLength, 0) / 1024 / 1024,
    figures: computeImportFigures(samples, clean),
    memory: { beforeGenerate, afterGenerate, afterImport },
    load: { before: loadBefore, after: loadAfter },
    cpus: cpus().length,
    node: process.version,
    elapsedMs: performance.now() - started,
  };
  const dir = join(findRepoRoot(), 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `import-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    JSON.stringify({ at: new Date().toISOString(), targets: TARGETS, ...results }, null, 2),
  );
  process.stdout.write(formatImportFigures(results, TARGETS));
  log(`figures saved to ${file}`);
}

function withCommas(n: number): string {
  return n.toLocaleString('en-US');
}

try {
  main();
} catch (error: unknown) {
  process.stderr.write(
    `bench:import failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
}
