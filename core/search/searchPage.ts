import type { SearchField } from './searchDocument';

/** A stretch of a matching field with the matches marked, ready for HTML. */
export interface Highlight {
  field: SearchField;
  /** About 80 characters around the first match, HTML-escaped, matches in `<em>…</em>`. */
  snippet: string;
}

export interface SearchHit {
  id: string;
  score: number;
  /** One per matching field, in field order (title, docNumber, issuer, text). */
  highlights: Highlight[];
}

export interface FacetCount {
  value: string;
  count: number;
}

/** Counts over every match that passes the filter, most frequent first. */
export interface SearchFacets {
  levels: FacetCount[];
  issuers: FacetCount[];
  /** Years of publication, in China time. */
  years: FacetCount[];
  categories: FacetCount[];
}

export interface SearchPage {
  hits: SearchHit[];
  /** Matches that pass the filter, on every page. */
  totalCount: number;
  facets: SearchFacets;
  /** Cursor of the last hit, or null when the page is empty. */
  endCursor: string | null;
  hasNextPage: boolean;
}
