import type { SpamReason, SpamSpan } from './spamSpan';
import { meaningfulLength } from './tokenize';

/** Higher wins when spans found by different checks overlap. */
const PRIORITY: Readonly<Record<SpamReason, number>> = {
  HIDDEN_LINKS: 5,
  HIDDEN_TEXT: 5,
  EXTERNAL_LINK_FARM: 4,
  PLACE_NAME_LIST: 3,
  GAMBLING_KEYWORDS: 2,
  EXPLICIT_KEYWORDS: 2,
  ILLICIT_KEYWORDS: 2,
  SPAM_PROMOTION: 2,
  SPAM_HEAD: 1,
  SPAM_TAIL: 1,
};

const ONLY_SEPARATORS = /^[\s|｜,，、\-_/／·•:：]*$/u;
/** Separators a list of spam leaves behind when cut out; sentence punctuation is never taken. */
const LIST_SEPARATOR = /[\s|｜_/／·•【】-]/u;

/** Sorts spans and merges those that overlap or touch across nothing but separators. */
export function mergeSpans(text: string, spans: readonly SpamSpan[]): SpamSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: SpamSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (
      last &&
      (span.start <= last.end || ONLY_SEPARATORS.test(text.slice(last.end, span.start)))
    ) {
      last.end = Math.max(last.end, span.end);
      if (PRIORITY[span.reason] > PRIORITY[last.reason]) last.reason = span.reason;
      if (last.kind !== span.kind) delete last.kind;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

/**
 * The text without the spans (and the list separators around them), whitespace collapsed; null
 * when nothing readable is left, and the block goes whole.
 */
export function cutSpans(text: string, spans: readonly SpamSpan[]): string | null {
  let kept = '';
  let cursor = 0;
  for (const span of spans) {
    let start = span.start;
    while (start > cursor && LIST_SEPARATOR.test(text[start - 1])) start--;
    kept += text.slice(cursor, start);
    cursor = span.end;
    while (cursor < text.length && LIST_SEPARATOR.test(text[cursor])) cursor++;
    // Words on both sides of a cut stay apart, as they were.
    if (start < span.start || cursor > span.end) kept += ' ';
  }
  kept += text.slice(cursor);
  const tidy = kept.replace(/\s+/gu, ' ').trim();
  return meaningfulLength(tidy) === 0 ? null : tidy;
}
