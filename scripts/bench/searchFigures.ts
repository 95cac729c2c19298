import type { FeedBuildFigures } from './feedBuild';
import { formatFeedBuildFigures } from './feedBuildFigures';
import type { Percentiles } from './percentiles';
import { percentiles } from './percentiles';
import type { SearchIndexFigures } from './measureSearchIndex';
import type { MemoryFigures } from './memoryAfterGc';
import type { RegexBaselineFigures } from './regexBaseline';
import type { SearchMemoryEstimate } from './searchMemoryEstimate';
import { SEARCH_QUERY_KINDS } from './searchQueryMix';
import { textTable } from './textTable';

export interface SearchTargets {
  /** Search p95 at most this many ms … */
  p95Ms: number;
  /** … at this many notices. */
  atNotices: number;
  /** The `$regex` scan at least this many times slower (p50 and p95 of the same queries). */
  ratio: number;
}

export interface SearchSizeResult {
  notices: number;
  estimate: SearchMemoryEstimate;
  /** Why the size did not run, or null. */
  skipped: string | null;
  generateMs: number | null;
  /** Memory before the notices were generated (after a forced GC). */
  baseline: MemoryFigures | null;
  index: SearchIndexFigures | null;
  regex: RegexBaselineFigures | null;
}

export interface SearchResults {
  mode: 'quick' | 'full';
  queries: number;
  warmup: number;
  sizes: SearchSizeResult[];
  /** What 1,000,000 notices would need, from the largest size measured. */
  millionEstimate: SearchMemoryEstimate | null;
  hub: FeedBuildFigures | null;
  /** 1-minute load average before and after each phase (other processes share the CPUs). */
  load: Record<string, { before: number; after: number }>;
  cpus: number;
  node: string;
  totalMemMb: number;
  heapLimitMb: number;
  elapsedMs: number;
}

const num = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined || Number.isNaN(value) ? '-' : value.toFixed(digits);
const seconds = (ms: number | null) => (ms === null ? '-' : (ms / 1000).toFixed(1));
const times = (ratio: number | null) => (ratio === null ? '-' : `${ratio.toFixed(0)}x`);
const verdict = (ok: boolean | null) => (ok === null ? '-' : ok ? 'PASS' : 'MISS');
const withCommas = (n: number) => n.toLocaleString('en-US');
const gb = (bytes: number) => (bytes / 1024 ** 3).toFixed(1);

function latencyCells(p: Percentiles): string[] {
  return [num(p.p50), num(p.p95), num(p.p99), num(p.max)];
}

/** Heap and external memory together, MB. */
function held(m: MemoryFigures): number {
  return m.heapUsedMb + m.externalMb;
}

function p95Met(index: SearchIndexFigures, targets: SearchTargets): boolean | null {
  return index.latency.p95 === null ? null : index.latency.p95 <= targets.p95Ms;
}

function ratioMet(ratio: number | null, targets: SearchTargets): boolean | null {
  return ratio === null ? null : ratio >= targets.ratio;
}

function indexSection(results: SearchResults, targets: SearchTargets): string[] {
  const rows = results.sizes.flatMap((size) => {
    const index = size.index;
    if (!index || !size.baseline) return [];
    return [
      [
        withCommas(size.notices),
        seconds(size.generateMs),
        seconds(index.indexMs),
        num(index.noticesPerSecond, 0),
        num(index.memoryAfter.heapUsedMb, 0),
        num(index.memoryAfter.externalMb, 0),
        num(index.memoryAfter.rssMb, 0),
        num(held(index.memoryBefore) - held(size.baseline), 0),
        num(held(index.memoryAfter) - held(index.memoryBefore), 0),
        ...latencyCells(index.latency),
        verdict(p95Met(index, targets)),
      ],
    ];
  });
  const skipped = results.sizes.flatMap((size) =>
    size.skipped ? [`  ${withCommas(size.notices)} notices skipped: ${size.skipped}`] : [],
  );
  const gcNote = results.sizes.some((s) => s.index && !s.index.memoryAfter.gcForced)
    ? ' (NOT forced: run through npm, node needs --expose-gc)'
    : '';
  const lines = [
    `(A) in-process SearchIndex (core/search) over synthetic notices (scripts/bench/syntheticNotices.ts): ` +
      `${results.queries} queries one at a time after ${results.warmup} warm-up, first page of 20`,
    ...textTable(
      [
        'notices',
        'generate s',
        'index s',
        'notices/s',
        'heap MB',
        'ext MB',
        'rss MB',
        'notices MB',
        'index MB',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'max ms',
        `p95 <= ${targets.p95Ms} ms`,
      ],
      rows,
    ),
    ...skipped,
    `  memory after a forced GC${gcNote}, with the notices and the index: heap = V8 heap used, ext = external ` +
      '(typed arrays of the index included); notices MB / index MB = heap + ext added by generating / by indexing',
  ];
  if (results.millionEstimate) {
    const e = results.millionEstimate;
    lines.push(
      `  1,000,000 notices would need about ${gb(e.totalBytes)} GB (${gb(e.heapBytes)} GB of V8 heap with headroom; ` +
        `${e.basis === 'measured' ? 'from the largest size measured' : 'default figures'}); this machine: ` +
        `${(results.totalMemMb / 1024).toFixed(1)} GB, node heap limit ${(results.heapLimitMb / 1024).toFixed(1)} GB`,
    );
  }
  for (const size of results.sizes) {
    const index = size.index;
    if (!index) continue;
    const kindRows = SEARCH_QUERY_KINDS.flatMap((kind) => {
      const k = index.byKind[kind];
      return k ? [[kind, String(k.count), ...latencyCells(k), num(k.matchesP50, 0)]] : [];
    });
    const other = (name: string, p: Percentiles | undefined) =>
      p && p.count > 0 ? [[name, String(p.count), ...latencyCells(p), '']] : [];
    lines.push(
      `  by kind at ${withCommas(size.notices)} notices (ms; matches = totalCount, median):`,
      ...textTable(
        ['kind', 'queries', 'p50', 'p95', 'p99', 'max', 'matches'],
        [
          ...kindRows,
          ...other('sort RELEVANCE', index.bySort.RELEVANCE),
          ...other('sort DATE', index.bySort.DATE),
          ...other('with a filter', index.withFilter),
        ],
      ).map((l) => `    ${l}`),
    );
  }
  return [...lines, ''];
}

function regexSection(results: SearchResults, targets: SearchTargets): string[] {
  const ran = results.sizes.filter((s) => s.regex !== null);
  if (ran.length === 0) return [];
  const backends = [...new Set(ran.map((s) => s.regex?.backend ?? ''))].join(', ');
  const lines = [
    `(B) plain $regex scan of the same notices on ${backends}`,
    '  every word typed as $regex on title, body, 文号 or issuer (AND), filters as conditions, newest first, ' +
      'limit 20, plus countDocuments; no index but _id',
    ...(backends.includes('FerretDB')
      ? [
          '  FerretDB v1 on SQLite decodes every document and applies $regex itself; MongoDB in production',
          '  should scan many times faster (not measured here), so this ratio overstates it: set MONGODB_URI',
          '  to a MongoDB for the production figure',
        ]
      : []),
    ...textTable(
      [
        'notices',
        'insert s',
        'notices/s',
        'queries',
        'scan p50 ms',
        'scan p95 ms',
        'find p50',
        'count p50',
        'index p50',
        'index p95',
        'ratio p50',
        'ratio p95',
        `>= ${targets.ratio}x p50/p95`,
      ],
      ran.map((size) => {
        const r = size.regex as RegexBaselineFigures;
        return [
          withCommas(size.notices),
          seconds(r.insertMs),
          num(r.insertPerSecond, 0),
          String(r.latency.count),
          num(r.latency.p50, 0),
          num(r.latency.p95, 0),
          num(r.find.p50, 0),
          num(r.count.p50, 0),
          num(r.index.p50, 2),
          num(r.index.p95, 2),
          times(r.ratioP50),
          times(r.ratioP95),
          `${verdict(ratioMet(r.ratioP50, targets))}/${verdict(ratioMet(r.ratioP95, targets))}`,
        ];
      }),
    ),
    '  ratio = scan ms / index ms at the same percentile of the same queries (index figures from (A))',
  ];
  for (const size of ran) {
    const r = size.regex as RegexBaselineFigures;
    const indexMatches = new Map(size.index?.timings.map((t) => [t.n, t.totalCount]) ?? []);
    const parts = SEARCH_QUERY_KINDS.flatMap((kind) => {
      const own = r.timings.filter((t) => t.kind === kind);
      if (own.length === 0) return [];
      const scan = percentiles(own.map((t) => t.totalCount)).p50;
      const index = percentiles(own.map((t) => indexMatches.get(t.n) ?? 0)).p50;
      return [`${kind} ${num(scan, 0)}/${num(index, 0)}`];
    });
    lines.push(
      `  matches at ${withCommas(size.notices)}, scan/index (median per kind): ${parts.join(', ')}`,
    );
  }
  lines.push(
    '  (the scan misses a 文号 typed in another bracket form and traditional queries; it finds substrings jieba does not cut)',
    '',
  );
  return lines;
}

function targetSection(results: SearchResults, targets: SearchTargets): string[] {
  const rows: string[][] = [];
  for (const size of results.sizes) {
    const note =
      size.notices === targets.atNotices ? '' : ` (target set at ${withCommas(targets.atNotices)})`;
    if (size.index) {
      rows.push([
        `search p95 <= ${targets.p95Ms} ms`,
        `${withCommas(size.notices)}${note}`,
        `${num(size.index.latency.p95)} ms`,
        verdict(p95Met(size.index, targets)),
      ]);
    }
    if (size.regex) {
      for (const [name, ratio] of [
        ['p50', size.regex.ratioP50],
        ['p95', size.regex.ratioP95],
      ] as const) {
        rows.push([
          `$regex scan / index >= ${targets.ratio}x at ${name}`,
          `${withCommas(size.notices)}${note}`,
          times(ratio),
          verdict(ratioMet(ratio, targets)),
        ]);
      }
    }
    if (size.skipped) rows.push(['(size skipped)', withCommas(size.notices), '-', size.skipped]);
  }
  if (rows.length === 0) return [];
  return [
    'targets (issue 5)',
    ...textTable(['target', 'notices', 'measured', 'result'], rows, 2),
    '',
  ];
}

/** The printed figures of `npm run bench:search`: one table per phase, then the targets. */
export function formatSearchFigures(results: SearchResults, targets: SearchTargets): string {
  const phases = Object.entries(results.load);
  return [
    '',
    `govhub bench:search (${results.mode}), node ${results.node}, ${results.cpus} CPUs, ` +
      `${(results.elapsedMs / 1000).toFixed(0)} s in all`,
    '',
    ...(results.sizes.length > 0 ? indexSection(results, targets) : []),
    ...regexSection(results, targets),
    ...(results.hub ? formatFeedBuildFigures(results.hub) : []),
    ...targetSection(results, targets),
    ...(phases.length > 0
      ? [
          `1-min load average before/after each phase: ${phases
            .map(([name, l]) => `${name} ${l.before.toFixed(1)}/${l.after.toFixed(1)}`)
            .join(', ')}`,
          '',
        ]
      : []),
  ].join('\n');
}
