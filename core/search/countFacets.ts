import { LEVELS } from '../levels/level';
import type { DocumentTable } from './documentTable';
import type { FacetCount, SearchFacets } from './searchPage';
import type { ValueDictionary } from './valueDictionary';

/**
 * Facet counts over the first `count` slots of `slots` (the filtered matches): one pass filling
 * typed-array counters, then the `limit` most frequent values of each facet, ties by value.
 */
export function countFacets(
  table: DocumentTable,
  slots: Int32Array,
  count: number,
  limit: number,
): SearchFacets {
  const levels = new Int32Array(LEVELS.length);
  const issuers = new Int32Array(table.issuers.size);
  const categories = new Int32Array(table.categories.size);
  const years = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const slot = slots[i];
    levels[table.level[slot]]++;
    const issuer = table.issuer[slot];
    if (issuer >= 0) issuers[issuer]++;
    const category = table.category[slot];
    if (category >= 0) categories[category]++;
    const year = table.year[slot];
    if (year !== 0) years.set(year, (years.get(year) ?? 0) + 1);
  }
  return {
    levels: top(
      Array.from(levels, (n, i) => ({ value: LEVELS[i], count: n })),
      limit,
    ),
    issuers: top(fromCounters(issuers, table.issuers), limit),
    years: top(
      Array.from(years, ([year, n]) => ({ value: String(year), count: n })),
      limit,
    ),
    categories: top(fromCounters(categories, table.categories), limit),
  };
}

function fromCounters(counters: Int32Array, dictionary: ValueDictionary): FacetCount[] {
  const out: FacetCount[] = [];
  for (let id = 0; id < counters.length; id++) {
    if (counters[id] > 0) out.push({ value: dictionary.label(id), count: counters[id] });
  }
  return out;
}

function top(counts: FacetCount[], limit: number): FacetCount[] {
  return counts
    .filter((facet) => facet.count > 0)
    .sort((a, b) => b.count - a.count || compareStrings(a.value, b.value))
    .slice(0, limit);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
