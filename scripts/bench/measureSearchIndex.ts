import { setImmediate as nextTurn } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import type { SearchDocument, SearchSort } from '../../core/search';
import { SearchIndex } from '../../core/search';
import { benchProgress } from './benchProgress';
import type { Percentiles } from './percentiles';
import { percentiles } from './percentiles';
import type { MemoryFigures } from './memoryAfterGc';
import { memoryAfterGc } from './memoryAfterGc';
import type { BenchSearchQuery, SearchQueryKind } from './searchQueryMix';
import { SEARCH_QUERY_KINDS } from './searchQueryMix';

export interface SearchIndexSpec {
  /** Progress label, e.g. `(A) 100000`. */
  label: string;
  notices: readonly SearchDocument[];
  queries: readonly BenchSearchQuery[];
  /** Queries run first and not timed (JIT, caches). */
  warmup: number;
}

/** One timed search: what was asked, how long it took, how much it found. */
export interface IndexQueryTiming {
  n: number;
  kind: SearchQueryKind;
  sort: SearchSort;
  filtered: boolean;
  query: string;
  ms: number;
  totalCount: number;
}

export interface SearchIndexFigures {
  notices: number;
  indexMs: number;
  noticesPerSecond: number;
  /** With the notices in memory, before the index (after a forced GC). */
  memoryBefore: MemoryFigures;
  /** With the notices and the index (after a forced GC). */
  memoryAfter: MemoryFigures;
  latency: Percentiles;
  byKind: Partial<Record<SearchQueryKind, Percentiles & { matchesP50: number | null }>>;
  bySort: Partial<Record<SearchSort, Percentiles>>;
  withFilter: Percentiles;
  timings: IndexQueryTiming[];
}

/** Notices indexed between two looks at the event loop (progress, Ctrl-C). */
const CHUNK = 1000;

/**
 * Builds a SearchIndex of the notices (progress on stderr), reads the memory after a forced GC
 * before and after, then runs the warm-up and times every query of the mix, one at a time. The
 * index is dropped on return.
 */
export async function measureSearchIndex(spec: SearchIndexSpec): Promise<SearchIndexFigures> {
  const memoryBefore = memoryAfterGc();
  const index = new SearchIndex();
  const building = benchProgress(`${spec.label} index`, spec.notices.length, 'notices');
  let indexMs = 0;
  for (let start = 0; start < spec.notices.length; start += CHUNK) {
    const t = performance.now();
    const end = Math.min(start + CHUNK, spec.notices.length);
    for (let i = start; i < end; i++) index.upsert(spec.notices[i]);
    indexMs += performance.now() - t;
    building.update(end);
    await nextTurn();
  }
  building.stop();
  const memoryAfter = memoryAfterGc();

  for (const query of spec.queries.slice(0, spec.warmup)) index.search(query.request);
  const searching = benchProgress(`${spec.label} queries`, spec.queries.length, 'queries');
  const timings: IndexQueryTiming[] = [];
  for (const query of spec.queries) {
    const t = performance.now();
    const page = index.search(query.request);
    const ms = performance.now() - t;
    timings.push({
      n: query.n,
      kind: query.kind,
      sort: query.request.sort,
      filtered: Object.keys(query.request.filter).length > 0,
      query: query.request.query,
      ms,
      totalCount: page.totalCount,
    });
    searching.update(timings.length);
    await nextTurn();
  }
  searching.stop();

  const byKind: SearchIndexFigures['byKind'] = {};
  for (const kind of SEARCH_QUERY_KINDS) {
    const own = timings.filter((t) => t.kind === kind);
    if (own.length === 0) continue;
    byKind[kind] = {
      ...percentiles(own.map((t) => t.ms)),
      matchesP50: percentiles(own.map((t) => t.totalCount)).p50,
    };
  }
  const bySort: SearchIndexFigures['bySort'] = {};
  for (const sort of ['RELEVANCE', 'DATE'] as const) {
    const own = timings.filter((t) => t.sort === sort);
    if (own.length > 0) bySort[sort] = percentiles(own.map((t) => t.ms));
  }
  return {
    notices: spec.notices.length,
    indexMs,
    noticesPerSecond: spec.notices.length / Math.max(indexMs / 1000, 1e-9),
    memoryBefore,
    memoryAfter,
    latency: percentiles(timings.map((t) => t.ms)),
    byKind,
    bySort,
    withFilter: percentiles(timings.filter((t) => t.filtered).map((t) => t.ms)),
    timings,
  };
}
