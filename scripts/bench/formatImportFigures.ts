import type {
  FalsePositiveGroup,
  ImportResults,
  ImportTargets,
  LatencyGroup,
} from './importFigures';
import type { Percentiles } from './percentiles';
import { textTable } from './textTable';

const num = (value: number | null, digits = 1) =>
  value === null || Number.isNaN(value) ? '-' : value.toFixed(digits);
const pct = (rate: number | null, digits = 1) =>
  rate === null ? '-' : `${(rate * 100).toFixed(digits)}%`;
const verdict = (ok: boolean | null) => (ok === null ? '-' : ok ? 'PASS' : 'MISS');
const withCommas = (n: number) => n.toLocaleString('en-US');

function latencyCells(p: Percentiles): string[] {
  return [num(p.p50, 2), num(p.p95, 2), num(p.p99, 2), num(p.max, 1)];
}

function latencyTable(title: string, groups: readonly LatencyGroup[]): string[] {
  return [
    title,
    ...textTable(
      ['', 'pages', 'pages/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
      groups.map((g) => [
        g.group,
        withCommas(g.pages),
        num(g.pagesPerSecond, 0),
        ...latencyCells(g.latency),
      ]),
    ).map((line) => `  ${line}`),
  ];
}

function throughputSection(results: ImportResults): string[] {
  const t = results.figures.throughput;
  const m = results.memory.afterImport;
  const gc = m.gcForced ? 'after a forced GC' : 'GC not forced: node runs without --expose-gc';
  return [
    `(a) throughput: importPage alone on each page (generation excluded, ${results.warmup} warm-up imports first)`,
    ...textTable(
      ['pages', 'import s', 'pages/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
      [
        [
          withCommas(t.pages),
          num(t.importMs / 1000, 1),
          num(t.pagesPerSecond, 0),
          ...latencyCells(t.latency),
        ],
      ],
    ),
    ...latencyTable('by encoding:', t.byEncoding),
    ...latencyTable('by format:', t.byFormat),
    `memory after the imports (${gc}): rss ${num(m.rssMb, 0)} MB, heap ${num(m.heapUsedMb, 0)} MB, ` +
      `external ${num(m.externalMb, 0)} MB; the generated pages held: ${num(results.generatedMb, 0)} MB` +
      ` (heap ${num(results.memory.afterGenerate.heapUsedMb, 0)} MB before importing)`,
    '',
  ];
}

function falsePositiveSection(
  groups: readonly FalsePositiveGroup[],
  targets: ImportTargets,
): string[] {
  const rows = groups.map((g) => [
    g.name,
    String(g.pages),
    String(g.pagesWrong),
    String(g.spamRemovals),
    String(g.quarantined),
    String(g.linesLost),
    verdict(g.pagesWrong <= targets.falsePositives),
    String(g.pagesJoined),
  ]);
  return [
    `(b) spam-check false positives on pages without injected spam (target ${targets.falsePositives}):`,
    '    a page is wrong when a SPAM/HIDDEN removal, a quarantine or a lost (or spoilt) legitimate line happens;',
    '    "joined" (text kept, paragraphs joined) is not counted; the signature and date lines count as body lines',
    ...textTable(
      ['pages', 'count', 'wrong', 'SPAM/HIDDEN', 'quarantined', 'lines lost', 'target', 'joined'],
      rows,
    ),
    ...groups.flatMap((g) => g.examples.map((e) => `  e.g. ${e}`)),
    '',
  ];
}

function recallSection(results: ImportResults, targets: ImportTargets): string[] {
  const { spamRecall, quarantine } = results.figures;
  return [
    `(c) recall on generated spam: injected texts absent from the imported title and paragraphs (target >= ${pct(targets.spamRecall, 0)})`,
    ...textTable(
      ['kind', 'injected', 'removed', 'recall', 'target', 'pages spoilt'],
      spamRecall.map((r) => [
        r.kind,
        withCommas(r.injected),
        withCommas(r.removed),
        pct(r.recall, 2),
        verdict(r.recall === null ? null : r.recall >= targets.spamRecall),
        String(r.pagesSpoilt),
      ]),
    ),
    '  "pages spoilt": spammed pages where a legitimate line was lost or kept with spam glued to it',
    ...spamRecall
      .filter((r) => r.kind !== 'all' && (r.recall ?? 1) < targets.spamRecall)
      .flatMap((r) => r.examples.map((e) => `  e.g. ${e}`)),
    `quarantine (SPAM_PAGE): precision ${pct(quarantine.precision)}, recall ${pct(quarantine.recall)} ` +
      `(${quarantine.truePositives} quarantined, ${quarantine.falseNegatives} missed, ${quarantine.falsePositives} wrongly)`,
    ...quarantine.examples.map((e) => `  e.g. ${e}`),
    '',
  ];
}

function fieldSection(results: ImportResults): string[] {
  return [
    '(d) field accuracy on generated pages not quarantined (exact match; dates as China days)',
    ...textTable(
      [
        'pages',
        'count',
        'title',
        '文号',
        'issuer',
        'signedAt',
        'publishedAt',
        'body exact',
        'body kept',
        'no extra',
      ],
      results.figures.fields.map((row) => [
        row.group,
        withCommas(row.pages),
        pct(row.rates.title),
        pct(row.rates.docNumber),
        pct(row.rates.issuer),
        pct(row.rates.signedAt),
        pct(row.rates.publishedAt),
        pct(row.rates.bodyExact),
        pct(row.rates.bodyKept),
        pct(row.rates.noExtra),
      ]),
    ),
    '  body exact: every truth paragraph (signature and date lines included) is a paragraph, in order;',
    '  body kept: no text lost (joined allowed); no extra: no chrome or spam left as a paragraph',
    '',
  ];
}

/** The benchmark's printed report. */
export function formatImportFigures(results: ImportResults, targets: ImportTargets): string {
  const lines = [
    '',
    `govhub bench:import: ${withCommas(results.pages)} generated pages (seed ${results.seed}, ${results.mode}), ` +
      `generated in ${num(results.generateMs / 1000, 1)} s; ${results.cpus} CPUs, node ${results.node}, ` +
      `load ${num(results.load.before, 2)} -> ${num(results.load.after, 2)}`,
    '',
    ...throughputSection(results),
    ...falsePositiveSection(results.figures.falsePositives, targets),
    ...recallSection(results, targets),
    ...fieldSection(results),
  ];
  return `${lines.join('\n')}\n`;
}
