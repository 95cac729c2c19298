import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { SearchDocument } from '../../core/search';
import { benchProgress } from './benchProgress';
import { measureSearchIndex } from './measureSearchIndex';
import { memoryAfterGc } from './memoryAfterGc';
import { measureRegexBaseline } from './regexBaseline';
import type { SearchSizeResult } from './searchFigures';
import type { BytesPerNotice } from './searchMemoryEstimate';
import { estimateSearchMemory } from './searchMemoryEstimate';
import { querySample, searchQueryMix } from './searchQueryMix';
import { syntheticNoticeStream } from './syntheticNotices';

export interface SearchSizeSpec {
  notices: number;
  /** Measured at a smaller size of the same run, for the memory estimate; null: defaults. */
  perNotice: BytesPerNotice | null;
  queries: number;
  warmup: number;
  seed: number;
  /** (B): the database and how many queries of the mix to scan; null: (A) only. */
  regex: { uri: string; where: string; queries: number } | null;
  /** Runs a phase, noting the load average around it. */
  phase: <T>(name: string, run: () => Promise<T>) => Promise<T>;
  /** Called with the figures so far after each phase (to save them). */
  onFigures: (result: SearchSizeResult) => void;
  log: (message: string) => void;
}

/**
 * Phases (A) and (B) at one size: skipped with the reason when the memory estimate says it
 * does not fit; else the notices generated (progress), the index measured, then the scan
 * baseline on a sample of the same queries. Returns the figures and the memory per notice
 * measured, for the next size's estimate.
 */
export async function measureSearchSize(
  spec: SearchSizeSpec,
): Promise<{ result: SearchSizeResult; perNotice: BytesPerNotice | null }> {
  const size = spec.notices;
  const estimate = estimateSearchMemory(size, spec.perNotice);
  const result: SearchSizeResult = {
    notices: size,
    estimate,
    skipped: estimate.problem,
    generateMs: null,
    baseline: null,
    index: null,
    regex: null,
  };
  if (estimate.problem) {
    spec.log(`${size} notices skipped: ${estimate.problem}`);
    spec.onFigures(result);
    return { result, perNotice: spec.perNotice };
  }
  const label = `(A) ${size}`;
  const baseline = memoryAfterGc();
  result.baseline = baseline;
  const t = performance.now();
  const notices = await generateNotices(label, size, spec.seed);
  result.generateMs = performance.now() - t;
  const mix = searchQueryMix(notices, spec.queries, spec.seed);

  const index = await spec.phase(label, () =>
    measureSearchIndex({ label, notices, queries: mix, warmup: spec.warmup }),
  );
  result.index = index;
  const perNotice: BytesPerNotice = {
    heap: (Math.max(0, index.memoryAfter.heapUsedMb - baseline.heapUsedMb) * 2 ** 20) / size,
    external: (Math.max(0, index.memoryAfter.externalMb - baseline.externalMb) * 2 ** 20) / size,
  };
  spec.log(
    `${label}: ${index.noticesPerSecond.toFixed(0)} notices/s, p50 ${fmt(index.latency.p50)} ms, ` +
      `p95 ${fmt(index.latency.p95)} ms`,
  );
  spec.onFigures(result);

  if (spec.regex) {
    const { uri, where, queries } = spec.regex;
    const byN = new Map(index.timings.map((timing) => [timing.n, timing.ms]));
    const bLabel = `(B) ${size}`;
    const regex = await spec.phase(bLabel, () =>
      measureRegexBaseline({
        label: bLabel,
        uri,
        where,
        notices,
        queries: querySample(mix, queries),
        indexMs: (n) => byN.get(n) ?? Number.NaN,
        log: spec.log,
      }),
    );
    result.regex = regex;
    spec.log(
      `${bLabel}: scan p50 ${fmt(regex.latency.p50)} ms, ${fmt(regex.ratioP50)}x the index at p50`,
    );
    spec.onFigures(result);
  }
  return { result, perNotice };
}

/** The synthetic notices, generated one at a time with a progress bar. */
async function generateNotices(
  label: string,
  count: number,
  seed: number,
): Promise<SearchDocument[]> {
  const progress = benchProgress(`${label} generate`, count, 'notices');
  const notices: SearchDocument[] = [];
  for (const notice of syntheticNoticeStream(count, seed)) {
    notices.push(notice);
    if (notices.length % 1000 === 0) {
      progress.update(notices.length);
      await nextTurn();
    }
  }
  progress.update(notices.length);
  progress.stop();
  return notices;
}

function fmt(value: number | null): string {
  return value === null ? '-' : value.toFixed(1);
}
