import { Converter } from 'opencc-js';
import type { SearchDocument, SearchFilter, SearchRequest } from '../../core/search';
import { STOP_WORDS, toSimplified } from '../../core/search';
import { cutWords } from '../../core/search/segmenter';
import { chinaDateParts, chinaTime } from '../seed/chinaTime';
import type { Random } from '../seed/random';
import { createRandom } from '../seed/random';

export const SEARCH_QUERY_KINDS = [
  'word',
  'two words',
  'issuer',
  'doc number',
  'traditional',
  'filtered',
] as const;
export type SearchQueryKind = (typeof SEARCH_QUERY_KINDS)[number];

/** One query of the benchmark, as a portal's 文件查询 box would send it. */
export interface BenchSearchQuery {
  /** Position in the mix: timings of the same query in different phases are matched by it. */
  n: number;
  kind: SearchQueryKind;
  request: SearchRequest;
}

/** Share of each kind in the mix; `filtered` is a word or a phrase with 1 to 3 filters. */
const KIND_SHARES: Record<SearchQueryKind, number> = {
  word: 0.3,
  'two words': 0.15,
  issuer: 0.1,
  'doc number': 0.15,
  traditional: 0.1,
  filtered: 0.2,
};

const PAGE_SIZE = 20;
const HAN_WORD = /^\p{Script=Han}{2,}$/u;
const DOC_NUMBER = /^(.+?)[〔[［(（【〖﹝](\d{4})[〕\]］)）】〗﹞](\d+)[号號]$/u;
/** How people type the year brackets of a 文号 into a search box. */
const BRACKETS: readonly (readonly [string, string])[] = [
  ['〔', '〕'],
  ['[', ']'],
  ['［', '］'],
  ['(', ')'],
  ['（', '）'],
  ['【', '】'],
];
const TRIES = 50;

/**
 * `count` realistic queries over `notices` (deterministic for a seed), in shuffled order: words
 * and phrases from titles (政务公开, 安全生产, 实施意见 …), two words, issuer names, 文号 in another
 * bracket form than published (sometimes 號 or full-width digits), the same in traditional
 * characters, and words with filters (level, region prefix, validity, a range of publication
 * years). Half RELEVANCE, half DATE; first page of 20.
 */
export function searchQueryMix(
  notices: readonly SearchDocument[],
  count: number,
  seed: number,
): BenchSearchQuery[] {
  if (notices.length === 0) throw new RangeError('no notices to build queries from');
  const random = createRandom(seed);
  const toTraditional = Converter({ from: 'cn', to: 'tw' });
  const kinds = random.sample(kindList(count), count);
  return kinds.map((kind, n) => {
    const source = simplifiedNotice(random, notices, kind === 'doc number');
    const request = (query: string, filter: SearchFilter = {}): SearchRequest => ({
      query,
      filter,
      sort: random.chance(0.5) ? 'RELEVANCE' : 'DATE',
      first: PAGE_SIZE,
      after: null,
    });
    switch (kind) {
      case 'word':
        return { n, kind, request: request(wordOrPhrase(random, source.title)) };
      case 'two words':
        return { n, kind, request: request(twoWords(random, source.title)) };
      case 'issuer':
        return { n, kind, request: request(source.issuer ?? wordOrPhrase(random, source.title)) };
      case 'doc number':
        return { n, kind, request: request(docNumberQuery(random, source)) };
      case 'traditional': {
        const text = random.chance(0.25)
          ? docNumberQuery(random, simplifiedNotice(random, notices, true))
          : random.chance(0.5)
            ? wordOrPhrase(random, source.title)
            : twoWords(random, source.title);
        return { n, kind, request: request(toTraditional(text)) };
      }
      case 'filtered':
        return {
          n,
          kind,
          request: request(wordOrPhrase(random, source.title), randomFilter(random, source)),
        };
    }
  });
}

/**
 * `count` queries of a mix with every kind in its share (the first of each kind first), for a
 * phase too slow to run them all.
 */
export function querySample(
  queries: readonly BenchSearchQuery[],
  count: number,
): BenchSearchQuery[] {
  if (count >= queries.length) return [...queries];
  const wanted = kindCounts(count);
  const picked = queries.filter((q) => {
    if (wanted[q.kind] <= 0) return false;
    wanted[q.kind] -= 1;
    return true;
  });
  // A kind the mix had too few of leaves room: fill it with the next queries in order.
  for (const q of queries) {
    if (picked.length >= count) break;
    if (!picked.includes(q)) picked.push(q);
  }
  return picked.sort((a, b) => a.n - b.n);
}

function kindList(count: number): SearchQueryKind[] {
  const counts = kindCounts(count);
  return SEARCH_QUERY_KINDS.flatMap((kind) => Array.from({ length: counts[kind] }, () => kind));
}

/** Queries per kind adding up to `count` (largest remainder). */
function kindCounts(count: number): Record<SearchQueryKind, number> {
  const exact = SEARCH_QUERY_KINDS.map((kind) => ({ kind, value: count * KIND_SHARES[kind] }));
  const counts = Object.fromEntries(
    exact.map(({ kind, value }) => [kind, Math.floor(value)]),
  ) as Record<SearchQueryKind, number>;
  let left = count - Object.values(counts).reduce((a, b) => a + b, 0);
  for (const { kind } of [...exact].sort(
    (a, b) => (b.value % 1) - (a.value % 1) || KIND_SHARES[b.kind] - KIND_SHARES[a.kind],
  )) {
    if (left <= 0) break;
    counts[kind] += 1;
    left -= 1;
  }
  return counts;
}

/** A notice printed in simplified characters (with a parseable 文号 when asked). */
function simplifiedNotice(
  random: Random,
  notices: readonly SearchDocument[],
  withDocNumber: boolean,
): SearchDocument {
  let fallback: SearchDocument | null = null;
  for (let i = 0; i < TRIES; i++) {
    const notice = random.pick(notices);
    if (toSimplified(notice.title) !== notice.title) continue;
    fallback ??= notice;
    if (!withDocNumber || (notice.docNumber && DOC_NUMBER.test(notice.docNumber))) return notice;
  }
  return fallback ?? random.pick(notices);
}

function isQueryWord(word: string): boolean {
  return HAN_WORD.test(word) && !STOP_WORDS.has(word);
}

/** One word of the title, or half the time two adjacent ones typed as one phrase (安全生产). */
function wordOrPhrase(random: Random, title: string): string {
  const cut = cutWords(title);
  if (random.chance(0.5)) {
    const starts = cut
      .map((_, i) => i)
      .filter((i) => i + 1 < cut.length && isQueryWord(cut[i]) && isQueryWord(cut[i + 1]));
    if (starts.length > 0) {
      const i = random.pick(starts);
      return `${cut[i]}${cut[i + 1]}`;
    }
  }
  const words = cut.filter(isQueryWord);
  return words.length > 0 ? random.pick(words) : title;
}

/** Two different words of the title, separated by a space. */
function twoWords(random: Random, title: string): string {
  const words = [...new Set(cutWords(title).filter(isQueryWord))];
  return words.length >= 2 ? random.sample(words, 2).join(' ') : wordOrPhrase(random, title);
}

/** The notice's 文号 in another bracket form, sometimes with 號 or full-width digits. */
function docNumberQuery(random: Random, notice: SearchDocument): string {
  const match = notice.docNumber ? DOC_NUMBER.exec(notice.docNumber) : null;
  if (!match) return wordOrPhrase(random, notice.title);
  const [open, close] = random.pick(BRACKETS);
  const text = `${match[1]}${open}${match[2]}${close}${match[3]}${random.chance(0.2) ? '號' : '号'}`;
  return random.chance(0.1) ? fullWidthDigits(text) : text;
}

function fullWidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** 1 to 3 conditions a portal's search form offers, chosen so that the source notice passes. */
function randomFilter(random: Random, notice: SearchDocument): SearchFilter {
  const filter: SearchFilter = {};
  const published = notice.publishedAt;
  const conditions = random.sample(
    ['level', 'region', 'validity', ...(published ? ['published'] : [])],
    random.int(1, 3),
  );
  for (const condition of conditions) {
    if (condition === 'level') filter.levels = [notice.level];
    if (condition === 'region')
      filter.regionCode = notice.regionCode.slice(0, random.chance(0.5) ? 2 : 4);
    if (condition === 'validity')
      filter.validity = random.chance(0.7)
        ? [notice.validity]
        : [...new Set(['IN_FORCE', 'EXPIRED', notice.validity])];
    if (condition === 'published' && published) {
      const year = chinaDateParts(published).year;
      filter.publishedFrom = chinaTime(year - random.int(0, 2), 1, 1);
      filter.publishedTo = new Date(chinaTime(year + random.int(0, 1) + 1, 1, 1).getTime() - 1);
    }
  }
  return filter;
}
