import type { DocNumberDoc, NoticeKind } from '../../model/notice';
import type { FieldSource, Removal } from '../pageBlock';

/** A value and where it was found. */
export interface Extracted<T> {
  value: T;
  source: FieldSource;
}

/** A document the notice cites or forwards: 《title》 and the 文号 in brackets after it. */
export interface Citation {
  /** The title inside 《》, as printed (nested 〈〉 kept). */
  title: string;
  /** The 文号 as printed, or null when none follows the title. */
  docNumber: string | null;
}

export interface NoticeBody {
  /** Paragraphs in order, in the original script. */
  paragraphs: string[];
  /** Index of the first block of each paragraph. */
  blockIndexes: number[];
  source: FieldSource;
}

/**
 * The structured notice read from a cleaned page. Dates are ISO 8601 strings in China time:
 * `2015-06-05` for a day, `2022-04-21T09:30:00+08:00` when the page gives a time (see
 * `chinaDateToDate` for a Date).
 */
export interface ExtractedNotice {
  title: Extracted<string> | null;
  docNumber: Extracted<DocNumberDoc> | null;
  indexNumber: Extracted<string> | null;
  issuer: Extracted<string> | null;
  category: Extracted<string> | null;
  /** Column names and subject classifications, each once, most reliable first. */
  topics: Extracted<string>[];
  keywords: Extracted<string[]> | null;
  kind: Extracted<NoticeKind>;
  signedAt: Extracted<string> | null;
  publishedAt: Extracted<string> | null;
  body: NoticeBody;
  citations: Citation[];
  /** What could not be found or does not add up; informational, never fatal. */
  warnings: string[];
}

export interface ExtractHints {
  /** The page's <title>. */
  htmlTitle?: string | null;
  /** <meta name> → content (ArticleTitle, PubDate, ContentSource, ColumnName, Keywords…). */
  metaTags?: Record<string, string>;
  sourceUrl?: string | null;
  /** Removals from removeChrome: the breadcrumb names the column the notice was filed under. */
  chromeRemovals?: readonly Removal[];
}
