/** The kinds of injected spam (暗链) the generator plants, as the benchmark counts them. */
export type SpamKind =
  | 'HIDDEN_LINKS'
  | 'SPAM_HEAD'
  | 'SPAM_TAIL'
  | 'PLACE_NAME_LIST'
  | 'LINK_FARM'
  | 'SPAM_PAGE';

export const SPAM_KINDS: readonly SpamKind[] = [
  'HIDDEN_LINKS',
  'SPAM_HEAD',
  'SPAM_TAIL',
  'PLACE_NAME_LIST',
  'LINK_FARM',
  'SPAM_PAGE',
];

export type PageEncoding = 'UTF-8' | 'GB18030' | 'BIG5';
export type PageFormat = 'html' | 'text';
export type PageScript = 'simplified' | 'traditional';
export type GovLevel = 'county' | 'city' | 'province';

export interface GeneratePageOptions {
  encoding: PageEncoding;
  format: PageFormat;
  script: PageScript;
  /** Converter pinyin after some characters (區(qū)); Big5 cannot encode tone marks, so not with Big5. */
  pinyin: boolean;
  /** The spam kinds to inject; empty for a clean page. */
  spam: SpamKind[];
  /** The level of the publishing government; picked at random when absent. */
  level?: GovLevel;
}

export interface InjectedSpam {
  kind: SpamKind;
  /**
   * The text of one injected block as the page shows it: the text of one element (links and
   * inline markup dropped, entities decoded) or one line of a text page. Glued spam is only the
   * spam part of the paragraph it was glued to.
   */
  text: string;
}

/**
 * What a perfect importer reads from a page. Every string is as the page prints it: in the
 * page's script (traditional pages give 遼政辦發〔2023〕12號), never with pinyin annotations.
 */
export interface PageTruth {
  title: string;
  docNumber: string | null;
  /** Shown only by pages with a 政府信息公开 metadata table (HTML table or its text lines). */
  indexNumber: string | null;
  /** The signing organisation (the signature under the body). */
  issuer: string;
  /** 成文日期: the date under the signature, `YYYY-MM-DD`. */
  signedAt: string;
  /** 发布日期: the date in the page header or metadata table, `YYYY-MM-DD`. */
  publishedAt: string;
  /**
   * The document's paragraphs in order, from the salutation through the signature, its date
   * and (此件公开发布), without chrome, title, 文号 line or spam. An HTML table gives one
   * paragraph per cell, a text page one per row (cells joined by ` | `). Empty for SPAM_PAGE.
   */
  paragraphs: string[];
  spam: InjectedSpam[];
  /** The main content is spam (SPAM_PAGE): the page must be quarantined. */
  quarantine: boolean;
}

export interface GeneratedPage {
  bytes: Uint8Array;
  fileName: string;
  truth: PageTruth;
  /** The options the page was made with, the level filled in. */
  options: GeneratePageOptions & { level: GovLevel };
}
