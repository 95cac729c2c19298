import type { DocNumberDoc, ImportReportDoc, NoticeKind } from '../../model';

/** What one crawled page became: the notice's fields, and what was found and done on the way. */
export interface ImportedPage {
  /**
   * READY: a clean notice. QUARANTINED: its main content is spam (never published or
   * syndicated). UNUSABLE: no title or no body could be found (`problems` says which).
   */
  outcome: 'READY' | 'QUARANTINED' | 'UNUSABLE';
  problems: string[];
  notice: ImportedNoticeFields;
  /** Simplified, folded title and text: what recognises another rendering of the same notice. */
  fingerprint: { title: string; text: string };
  report: Omit<ImportReportDoc, 'importedAt' | 'importedBy'>;
}

export interface ImportedNoticeFields {
  title: string;
  docNumber: DocNumberDoc | null;
  indexNumber: string | null;
  issuer: string | null;
  category: string | null;
  topics: string[];
  keywords: string[];
  kind: NoticeKind;
  signedAt: Date | null;
  publishedAt: Date | null;
  /** The body paragraphs, in the page's own script. */
  paragraphs: string[];
  /** The paragraphs as escaped <p> elements. */
  bodyHtml: string;
}

export interface ImportPageOptions {
  /** Where the page was crawled from (kept on the notice as its url and in the report). */
  sourceUrl?: string | null;
  /** The charset of the HTTP Content-Type header, when known. */
  declaredCharset?: string | null;
  /** Registrable domains of the importing site: its own links are never external spam. */
  siteDomains?: string[];
}
