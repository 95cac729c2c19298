/**
 * What the importer (npm run import, importNotice) found on a crawled page and did to it: kept
 * on the notice, so site admins can see why a page was quarantined or what was removed.
 */
export interface ImportRemovalDoc {
  /** CHROME, SPAM, HIDDEN or PINYIN. */
  kind: string;
  /** Stable reason code, e.g. ICP_FILING, GAMBLING_KEYWORDS, HIDDEN_LINKS. */
  reason: string;
  /** The removed text, at most 200 characters. */
  text: string;
}

export interface ImportFieldDoc {
  field: string;
  /** Where it was read: header, title, signature, metadata-table, meta-tag… */
  from: string;
  confidence: number;
}

export interface ImportReportDoc {
  sourceUrl: string | null;
  /** UTF-8, GB18030 or BIG5, and how it was decided (bom, meta, detected…). */
  encoding: string;
  encodingFrom: string;
  /** The page was in traditional characters (kept as published). */
  traditional: boolean;
  fields: ImportFieldDoc[];
  removals: ImportRemovalDoc[];
  /** Mis-decoded runs that were repaired, and ones that could not be (left as they are). */
  repairs: { from: string; to: string }[];
  unrecoverable: string[];
  warnings: string[];
  /** Why the page was quarantined; empty when it was not. */
  quarantineReasons: string[];
  /** Documents the notice cites or forwards: 《title》 with their 文号. */
  citations: { title: string; docNumber: string | null }[];
  /** The site code (网站标识码) printed on the page. */
  siteCode: string | null;
  importedAt: Date;
  importedBy: string;
}

/** 隔离: a notice whose content is spam. Never published or syndicated; its site's admins see why. */
export interface QuarantineDoc {
  reasons: string[];
  at: Date;
  /** IMPORT (a crawled page) or CHECK (the spam check on submit/publish). */
  source: 'IMPORT' | 'CHECK';
}

/** Another rendering of the same notice (the traditional-character page of a legacy site). */
export interface NoticeVariantDoc {
  sourceUrl: string | null;
  traditional: boolean;
  /** Why it was recognised as the same notice: DOC_NUMBER or TEXT. */
  matchedBy: 'DOC_NUMBER' | 'TEXT';
  importedAt: Date;
}
