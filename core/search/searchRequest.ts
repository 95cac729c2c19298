import type { Level } from '../levels/level';

/** Narrows the matches; every given condition must hold, and a list matches any of its values. */
export interface SearchFilter {
  levels?: readonly Level[];
  /**
   * 行政区划 prefix of 2, 4 or 6 digits: `2101` (沈阳) matches `210124` (法库县). As for 转载规则,
   * trailing `00` pairs name the larger unit: `210100` is `2101`, `210000` is `21`.
   */
  regionCode?: string;
  siteIds?: readonly string[];
  /** Issuers as facets return them; traditional and simplified spellings are the same issuer. */
  issuers?: readonly string[];
  categories?: readonly string[];
  validity?: readonly string[];
  /** Inclusive bounds. */
  signedFrom?: Date;
  signedTo?: Date;
  publishedFrom?: Date;
  publishedTo?: Date;
}

/** RELEVANCE: best score first, ties newest first; DATE: newest publication first. */
export type SearchSort = 'RELEVANCE' | 'DATE';

export interface SearchRequest {
  query: string;
  filter: SearchFilter;
  sort: SearchSort;
  /** Page size, 1 to 100. */
  first: number;
  /** `endCursor` of the previous page, or null for the first page. */
  after: string | null;
}
