import { clampPageSize } from '../paging/clampPageSize';
import { compileFilter } from './compileFilter';
import { countFacets } from './countFacets';
import { DocumentTable } from './documentTable';
import { highlightSnippet } from './highlightSnippet';
import { PostingIndex } from './postingIndex';
import { buildQueryTree, queryTerms } from './queryTree';
import { QueryScorer } from './queryScorer';
import type { SearchDocument } from './searchDocument';
import { SEARCH_FIELDS } from './searchDocument';
import { dateCursor, relevanceCursor } from './searchCursor';
import type { Highlight, SearchPage } from './searchPage';
import type { SearchRequest } from './searchRequest';
import type { Matches, SortKey } from './selectPage';
import { selectPage } from './selectPage';
import { tokenize } from './tokenize';
import { validateSearchQuery } from './validateSearchQuery';

export const MAX_SEARCH_PAGE_SIZE = 100;

export interface SearchIndexOptions {
  /** Values per facet, most frequent first (default 20). */
  maxFacetValues?: number;
  /**
   * Removed or revised documents whose postings are dropped in one go (default: 1,024, or a
   * quarter of the index when that is more).
   */
  compactAfter?: number;
}

const REGION_CODE = /^[0-9]{6}$/;
const MIN_COMPACT_AFTER = 1024;

/**
 * In-memory full-text index of notices, for Chinese: words cut by jieba, traditional and
 * simplified characters alike, a 文号 in any form as one exact term, BM25 over title, 文号,
 * issuer and body (in that order of weight). Filters, facets, ordering and paging work on
 * typed-array columns (DocumentTable), so a query matching most of the index stays fast.
 *
 * Synchronous throughout: a search sees the index as it is when it runs.
 */
export class SearchIndex {
  private readonly docs = new Map<string, SearchDocument>();
  private readonly table = new DocumentTable();
  private readonly postings = new PostingIndex();
  private readonly scorer = new QueryScorer(this.postings);
  private readonly maxFacetValues: number;
  private readonly compactAfter: number | undefined;

  constructor(options: SearchIndexOptions = {}) {
    this.maxFacetValues = options.maxFacetValues ?? 20;
    this.compactAfter = options.compactAfter;
  }

  /** Number of documents in the index. */
  get size(): number {
    return this.docs.size;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  /** Adds a document, or replaces the one with its id (a revision). */
  upsert(doc: SearchDocument): void {
    if (doc.id === '') throw new RangeError('a search document needs an id');
    if (!REGION_CODE.test(doc.regionCode)) {
      throw new RangeError(`regionCode of ${doc.id} must be 6 digits, got "${doc.regionCode}"`);
    }
    // Tokenize before changing anything, so that a failure leaves the index as it was.
    const tokens = fieldTokens(doc);
    this.remove(doc.id);
    // A copy: removal re-tokenizes what was indexed, whatever the caller does with its object.
    const stored: SearchDocument = { ...doc };
    const slot = this.table.add(stored);
    this.postings.add(slot, tokens);
    this.docs.set(doc.id, stored);
  }

  /** Removes a document; false when it was not in the index. */
  remove(id: string): boolean {
    const previous = this.docs.get(id);
    if (!previous) return false;
    const slot = this.table.retire(id);
    if (slot !== undefined) this.postings.remove(slot, fieldTokens(previous));
    this.docs.delete(id);
    const threshold = this.compactAfter ?? Math.max(MIN_COMPACT_AFTER, this.docs.size / 4);
    if (this.table.retiredCount >= threshold) {
      this.postings.compact(this.table.alive);
      this.table.releaseRetired();
    }
    return true;
  }

  /**
   * One page of the documents matching every term of the query and the filter. Bad input (query,
   * filter, page size, cursor) is BadUserInputError naming the argument.
   */
  search(request: SearchRequest): SearchPage {
    const parsed = validateSearchQuery(request.query);
    const first = clampPageSize(request.first, { max: MAX_SEARCH_PAGE_SIZE });
    const after = request.after === null ? null : this.decodeCursor(request);
    const passes = compileFilter(request.filter, this.table);
    const tree = buildQueryTree(parsed);

    const scored = this.scorer.evaluate(tree, this.table.alive);
    const matches: Matches = { slots: scored.slots, scores: scored.scores, count: 0 };
    for (let i = 0; i < scored.count; i++) {
      if (!passes(scored.slots[i])) continue;
      matches.slots[matches.count] = scored.slots[i];
      matches.scores[matches.count] = scored.scores[i];
      matches.count++;
    }

    const page = selectPage(matches, this.table, request.sort, after, first);
    const terms = queryTerms(tree);
    const hits = page.indexes.map((index) => {
      const id = this.table.idAt(matches.slots[index]);
      return { id, score: matches.scores[index], highlights: this.highlights(id, terms) };
    });
    const last = page.indexes[page.indexes.length - 1];
    return {
      hits,
      totalCount: matches.count,
      facets: countFacets(this.table, matches.slots, matches.count, this.maxFacetValues),
      endCursor: last === undefined ? null : this.encodeCursor(request, matches, last),
      hasNextPage: page.hasNextPage,
    };
  }

  /** A snippet of every field where a term of the query occurs, in field order. */
  private highlights(id: string, terms: readonly string[]): Highlight[] {
    const doc = this.docs.get(id);
    if (!doc) return [];
    const out: Highlight[] = [];
    for (const field of SEARCH_FIELDS) {
      const text = doc[field];
      const snippet = text ? highlightSnippet(text, terms) : null;
      if (snippet !== null) out.push({ field, snippet });
    }
    return out;
  }

  private decodeCursor(request: SearchRequest): SortKey | null {
    if (request.after === null) return null;
    if (request.sort === 'RELEVANCE') {
      const { s, p, i } = relevanceCursor.decode(request.after);
      return { score: s, published: p ?? -Infinity, id: i };
    }
    const { p, i } = dateCursor.decode(request.after);
    return { score: 0, published: p ?? -Infinity, id: i };
  }

  private encodeCursor(request: SearchRequest, matches: Matches, index: number): string {
    const slot = matches.slots[index];
    const published = this.table.publishedAt[slot];
    const p = Number.isNaN(published) ? null : published;
    const i = this.table.idAt(slot);
    return request.sort === 'RELEVANCE'
      ? relevanceCursor.encode({ s: matches.scores[index], p, i })
      : dateCursor.encode({ p, i });
  }
}

/** The tokens of each searched field, in SEARCH_FIELDS order. */
function fieldTokens(doc: SearchDocument): string[][] {
  return SEARCH_FIELDS.map((field) => {
    const text = doc[field];
    return text ? tokenize(text) : [];
  });
}
