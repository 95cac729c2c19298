import type { SpamCategory } from './lexicon';

/** Stable reason codes of the spam step, as recorded in `Removal.reason`. */
export type SpamReason =
  | 'HIDDEN_LINKS'
  | 'HIDDEN_TEXT'
  | 'GAMBLING_KEYWORDS'
  | 'EXPLICIT_KEYWORDS'
  | 'ILLICIT_KEYWORDS'
  | 'PLACE_NAME_LIST'
  | 'EXTERNAL_LINK_FARM'
  | 'SPAM_HEAD'
  | 'SPAM_TAIL'
  | 'SPAM_PROMOTION';

export const KEYWORD_REASONS: Readonly<Record<SpamCategory, SpamReason>> = {
  gambling: 'GAMBLING_KEYWORDS',
  explicit: 'EXPLICIT_KEYWORDS',
  illicit: 'ILLICIT_KEYWORDS',
};

/** A stretch of a block's text found to be spam, in offsets of the block's text. */
export interface SpamSpan {
  start: number;
  end: number;
  reason: SpamReason;
  /** `HIDDEN` for hidden content that shows no sign of spam; `SPAM` when absent. */
  kind?: 'SPAM' | 'HIDDEN';
}
