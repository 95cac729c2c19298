import { SPAM_KINDS } from '../import/generate';
import type { CleanFixtureResult } from './checkCleanFixtures';
import type { CheckedField } from './checkImport';
import { CHECKED_FIELDS } from './checkImport';
import type { ImportSample } from './measureImport';
import type { MemoryFigures } from './memoryAfterGc';
import type { Percentiles } from './percentiles';
import { percentiles } from './percentiles';

export interface ImportTargets {
  /** False positives of the spam check on pages without injected spam. */
  falsePositives: number;
  /** Share of injected spam texts the import removes, at least. */
  spamRecall: number;
}

export interface LatencyGroup {
  group: string;
  pages: number;
  /** Pages over the summed importPage time. */
  pagesPerSecond: number;
  latency: Percentiles;
}

/** Pages without injected spam: what the import took from them that it should not have. */
export interface FalsePositiveGroup {
  name: string;
  pages: number;
  /** Pages with at least one false positive (any of the three next columns). */
  pagesWrong: number;
  spamRemovals: number;
  quarantined: number;
  /** Legitimate lines gone or spoilt. */
  linesLost: number;
  /** Pages whose text is all kept but some paragraphs come joined (not a false positive). */
  pagesJoined: number;
  examples: string[];
}

export interface SpamRecallRow {
  kind: string;
  /** Injected spam texts (one per block) on pages not quarantined. */
  injected: number;
  removed: number;
  recall: number | null;
  /** Spammed pages with a legitimate line lost or spoilt (spam left glued, a cut too wide). */
  pagesSpoilt: number;
  examples: string[];
}

export interface QuarantineFigures {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number | null;
  recall: number | null;
  examples: string[];
}

/** Exact-match rates of one group of generated pages (not quarantined). */
export interface FieldRow {
  group: string;
  pages: number;
  rates: Record<CheckedField, number> & {
    /** Every truth paragraph (signature and date lines included) is one of the import, in order. */
    bodyExact: number;
    /** No body text lost (paragraphs joined allowed). */
    bodyKept: number;
    /** No paragraph the truth does not have (chrome or spam left in the body). */
    noExtra: number;
  };
}

export interface ImportFigures {
  throughput: {
    pages: number;
    importMs: number;
    pagesPerSecond: number;
    latency: Percentiles;
    byEncoding: LatencyGroup[];
    byFormat: LatencyGroup[];
  };
  falsePositives: FalsePositiveGroup[];
  spamRecall: SpamRecallRow[];
  quarantine: QuarantineFigures;
  fields: FieldRow[];
}

export interface ImportResults {
  mode: 'quick' | 'full';
  seed: number;
  pages: number;
  warmup: number;
  generateMs: number;
  /** Bytes of the generated pages held in memory during the run. */
  generatedMb: number;
  figures: ImportFigures;
  memory: {
    beforeGenerate: MemoryFigures;
    afterGenerate: MemoryFigures;
    afterImport: MemoryFigures;
  };
  /** 1-minute load average before and after the timed pass (the CPUs may be shared). */
  load: { before: number; after: number };
  cpus: number;
  node: string;
  elapsedMs: number;
}

const EXAMPLES = 5;
/** Examples kept per spam kind. */
const KIND_EXAMPLES = 3;

/** The benchmark's figures from the imported samples and the clean fixture pages. */
export function computeImportFigures(
  samples: readonly ImportSample[],
  clean: readonly CleanFixtureResult[],
): ImportFigures {
  const importMs = sum(samples.map((s) => s.ms));
  return {
    throughput: {
      pages: samples.length,
      importMs,
      pagesPerSecond: importMs > 0 ? (samples.length / importMs) * 1000 : 0,
      latency: percentiles(samples.map((s) => s.ms)),
      byEncoding: latencyGroups(samples, (s) => s.encoding),
      byFormat: latencyGroups(samples, (s) => s.format),
    },
    falsePositives: [
      fixtureGroup(
        'real pages (test/fixtures/pages)',
        clean.filter((c) => c.source === 'real'),
      ),
      fixtureGroup(
        'clean noise fixtures',
        clean.filter((c) => c.source === 'noise'),
      ),
      generatedCleanGroup(samples.filter((s) => s.spamKinds.length === 0)),
    ],
    spamRecall: spamRecall(samples.filter((s) => s.spamKinds.length > 0 && !s.quarantine)),
    quarantine: quarantineFigures(samples),
    fields: fieldRows(samples.filter((s) => !s.quarantine)),
  };
}

function latencyGroups(
  samples: readonly ImportSample[],
  key: (s: ImportSample) => string,
): LatencyGroup[] {
  const groups = new Map<string, number[]>();
  for (const s of samples) groups.set(key(s), [...(groups.get(key(s)) ?? []), s.ms]);
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, ms]) => ({
      group,
      pages: ms.length,
      pagesPerSecond: (ms.length / Math.max(sum(ms), 1e-9)) * 1000,
      latency: percentiles(ms),
    }));
}

function fixtureGroup(name: string, results: readonly CleanFixtureResult[]): FalsePositiveGroup {
  const wrong = results.filter((r) => r.spamRemovals.length > 0 || r.quarantined || r.lost.length);
  return {
    name,
    pages: results.length,
    pagesWrong: wrong.length,
    spamRemovals: sum(results.map((r) => r.spamRemovals.length)),
    quarantined: results.filter((r) => r.quarantined).length,
    linesLost: sum(results.map((r) => r.lost.length)),
    pagesJoined: results.filter((r) => r.joined.length > 0).length,
    examples: wrong
      .slice(0, EXAMPLES)
      .map((r) => example(r.fileName, r.spamRemovals, r.quarantined, r.lost)),
  };
}

function generatedCleanGroup(samples: readonly ImportSample[]): FalsePositiveGroup {
  const lost = (s: ImportSample) => [...s.check.lostBody, ...s.check.damagedBody];
  const wrong = samples.filter(
    (s) => s.check.spamRemovals.length > 0 || s.check.quarantined || lost(s).length > 0,
  );
  return {
    name: 'generated clean pages',
    pages: samples.length,
    pagesWrong: wrong.length,
    spamRemovals: sum(samples.map((s) => s.check.spamRemovals.length)),
    quarantined: samples.filter((s) => s.check.quarantined).length,
    linesLost: sum(samples.map((s) => lost(s).length)),
    pagesJoined: samples.filter((s) => s.check.joinedBody.length > 0).length,
    examples: wrong
      .slice(0, EXAMPLES)
      .map((s) => example(s.fileName, s.check.spamRemovals, s.check.quarantined, lost(s))),
  };
}

function example(
  fileName: string,
  removals: readonly { kind: string; reason: string; text: string }[],
  quarantined: boolean,
  lost: readonly string[],
): string {
  const parts = [
    ...removals.map((r) => `${r.kind} ${r.reason} "${clip(r.text)}"`),
    ...(quarantined ? ['QUARANTINED'] : []),
    ...lost.map((line) => `lost "${clip(line)}"`),
  ];
  return `${fileName}: ${parts.slice(0, 3).join('; ')}${parts.length > 3 ? ` (+${parts.length - 3})` : ''}`;
}

function spamRecall(samples: readonly ImportSample[]): SpamRecallRow[] {
  const kinds = SPAM_KINDS.filter((k) => k !== 'SPAM_PAGE');
  const row = (kind: string, pick: (s: ImportSample) => boolean): SpamRecallRow => {
    const pages = samples.filter(pick);
    const injected = (s: ImportSample) =>
      s.spam.filter((t) => kind === 'all' || t.kind === kind).length;
    const left = (s: ImportSample) =>
      s.check.spamLeft.filter((t) => kind === 'all' || t.kind === kind);
    const total = sum(pages.map(injected));
    const removed = total - sum(pages.map((s) => left(s).length));
    const spoilt = pages.filter((s) => s.check.lostBody.length + s.check.damagedBody.length > 0);
    return {
      kind,
      injected: total,
      removed,
      recall: total > 0 ? removed / total : null,
      pagesSpoilt: spoilt.length,
      examples: [
        ...pages.flatMap((s) => {
          const shown = left(s);
          if (shown.length === 0) return [];
          const more = shown.length > 1 ? ` (+${shown.length - 1} more)` : '';
          return [`${s.fileName}: ${shown[0].kind} "${clip(shown[0].text)}" left${more}`];
        }),
        ...spoilt.map(
          (s) =>
            `${s.fileName}: spoilt "${clip([...s.check.lostBody, ...s.check.damagedBody][0] ?? '')}"`,
        ),
      ].slice(0, kind === 'all' ? EXAMPLES : KIND_EXAMPLES),
    };
  };
  return [
    ...kinds.map((kind) => row(kind, (s) => s.spamKinds.includes(kind))),
    row('all', () => true),
  ];
}

function quarantineFigures(samples: readonly ImportSample[]): QuarantineFigures {
  const tp = samples.filter((s) => s.quarantine && s.check.quarantined).length;
  const fp = samples.filter((s) => !s.quarantine && s.check.quarantined);
  const fn = samples.filter((s) => s.quarantine && !s.check.quarantined);
  return {
    truePositives: tp,
    falsePositives: fp.length,
    falseNegatives: fn.length,
    precision: tp + fp.length > 0 ? tp / (tp + fp.length) : null,
    recall: tp + fn.length > 0 ? tp / (tp + fn.length) : null,
    examples: [
      ...fn.map((s) => `${s.fileName}: SPAM_PAGE not quarantined (${s.check.outcome})`),
      ...fp.map((s) => `${s.fileName}: quarantined without being a spam page`),
    ].slice(0, EXAMPLES),
  };
}

function fieldRows(samples: readonly ImportSample[]): FieldRow[] {
  const groups: [string, (s: ImportSample) => boolean][] = [
    ['all', () => true],
    ['html', (s) => s.format === 'html'],
    ['text', (s) => s.format === 'text'],
    ['UTF-8', (s) => s.encoding === 'UTF-8'],
    ['GB18030', (s) => s.encoding === 'GB18030'],
    ['BIG5', (s) => s.encoding === 'BIG5'],
    ['traditional', (s) => s.traditional],
    ['pinyin', (s) => s.pinyin],
    ['clean', (s) => s.spamKinds.length === 0],
    ['spammed', (s) => s.spamKinds.length > 0],
  ];
  return groups.map(([group, pick]) => {
    const pages = samples.filter(pick);
    const rate = (ok: (s: ImportSample) => boolean) =>
      pages.length > 0 ? pages.filter(ok).length / pages.length : 0;
    const fields = Object.fromEntries(
      CHECKED_FIELDS.map((field) => [field, rate((s) => s.check.fields[field])]),
    ) as Record<CheckedField, number>;
    return {
      group,
      pages: pages.length,
      rates: {
        ...fields,
        bodyExact: rate((s) => s.check.missingBody.length === 0),
        bodyKept: rate((s) => s.check.lostBody.length + s.check.damagedBody.length === 0),
        noExtra: rate((s) => s.check.extraParagraphs.length === 0),
      },
    };
  });
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function clip(text: string): string {
  const line = text.replace(/\n/g, ' / ');
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}
