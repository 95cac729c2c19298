import type { Level } from '../levels/level';

/** What the index holds of a published notice. */
export interface SearchDocument {
  /** The notice id, with its level prefix (`county:…`). */
  id: string;
  level: Level;
  siteId: string;
  /** The site's 6-digit 行政区划代码, e.g. `210124`. */
  regionCode: string;
  columnId: string | null;
  kind: string;
  title: string;
  /** The 文号 as published, in any bracket form. */
  docNumber: string | null;
  issuer: string | null;
  category: string | null;
  validity: string;
  signedAt: Date | null;
  publishedAt: Date | null;
  /** Plain text of the body. */
  text: string;
}

/** The fields searched, strongest first; highlights name them. */
export const SEARCH_FIELDS = ['title', 'docNumber', 'issuer', 'text'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Field weights in scoring: a match in the title counts most, one in the body least. */
export const FIELD_BOOSTS: Readonly<Record<SearchField, number>> = {
  title: 4,
  docNumber: 3,
  issuer: 2,
  text: 1,
};
