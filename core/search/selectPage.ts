import type { DocumentTable } from './documentTable';
import type { SearchSort } from './searchRequest';

/** Filtered matches: the first `count` entries of `slots` and, in the same order, their scores. */
export interface Matches {
  slots: Int32Array;
  scores: Float64Array;
  count: number;
}

/** Where a hit stands in the order; `published` is -Infinity for a notice without a date. */
export interface SortKey {
  score: number;
  published: number;
  id: string;
}

export interface SelectedPage {
  /** Indexes into the matches, in order. */
  indexes: number[];
  hasNextPage: boolean;
}

/**
 * The `first` matches that come after `after` in the order, without sorting all of them: a
 * bounded insertion keeps the best `first + 1` seen (the extra one tells whether there is a next
 * page), which for a page of 20 among 100,000 matches is one comparison for most of them.
 *
 * RELEVANCE: score descending, then publishedAt descending, then id descending; DATE: the same
 * without the score. The order is total, so paging by the last key never repeats or skips a hit
 * while the index does not change.
 */
export function selectPage(
  matches: Matches,
  table: DocumentTable,
  sort: SearchSort,
  after: SortKey | null,
  first: number,
): SelectedPage {
  const byScore = sort === 'RELEVANCE';
  const keep = first + 1;
  const best: SortKey[] = [];
  const indexes: number[] = [];
  for (let index = 0; index < matches.count; index++) {
    const slot = matches.slots[index];
    const score = byScore ? matches.scores[index] : 0;
    const time = table.publishedAt[slot];
    const published = Number.isNaN(time) ? -Infinity : time;
    // Numbers first: the id is read only on a tie, and no key is made for a match left out.
    if (after && compareTo(score, published, slot, table, after) <= 0) continue;
    if (best.length === keep && compareTo(score, published, slot, table, best[keep - 1]) >= 0) {
      continue;
    }
    const key: SortKey = { score, published, id: table.idAt(slot) };
    let at = best.length;
    while (at > 0 && compareKeys(key, best[at - 1]) < 0) at--;
    best.splice(at, 0, key);
    indexes.splice(at, 0, index);
    if (best.length > keep) {
      best.pop();
      indexes.pop();
    }
  }
  return { indexes: indexes.slice(0, first), hasNextPage: indexes.length > first };
}

/** Negative when `a` comes first. */
export function compareKeys(a: SortKey, b: SortKey): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.published !== b.published) return b.published > a.published ? 1 : -1;
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}

/** compareKeys for a match given by its parts. */
function compareTo(
  score: number,
  published: number,
  slot: number,
  table: DocumentTable,
  key: SortKey,
): number {
  if (score !== key.score) return key.score - score;
  if (published !== key.published) return key.published > published ? 1 : -1;
  const id = table.idAt(slot);
  return id === key.id ? 0 : id < key.id ? 1 : -1;
}
