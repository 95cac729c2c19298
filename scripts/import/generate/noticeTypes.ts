import type { DayDate } from './dayDates';
import type { Region } from './regions';

/** The document forms the generator writes: 通知, 印发…的通知, 意见, 办法, 实施方案, 政策解读. */
export type NoticeKind = 'NOTICE' | 'ISSUE' | 'OPINION' | 'RULES' | 'PLAN' | 'INTERPRETATION';

/** What a paragraph is in the document, for layout (headings bold, signature right-aligned). */
export type ParagraphRole =
  | 'salutation'
  | 'text'
  | 'heading'
  | 'subheading'
  | 'attachment'
  | 'doc-title'
  | 'signature'
  | 'date'
  | 'note';

export type NoticeBlock =
  | { role: ParagraphRole; text: string }
  | { role: 'table'; rows: readonly (readonly string[])[] };

/** A clean notice in simplified script, before any page is made of it. */
export interface ComposedNotice {
  kind: NoticeKind;
  region: Region;
  title: string;
  docNumber: string | null;
  indexNumber: string;
  issuer: string;
  /** 主题分类. */
  category: string;
  signedAt: DayDate;
  publishedAt: DayDate;
  blocks: NoticeBlock[];
}
