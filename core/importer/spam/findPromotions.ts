import { findContacts } from './findContacts';
import type { SpamCategory } from './lexicon';
import { HARD_PROMOTION_TERMS, SOFT_PROMOTION_TERMS } from './lexicon';
import { originalRange, toMatchingText } from './matchingText';
import type { SpamSpan } from './spamSpan';
import { KEYWORD_REASONS } from './spamSpan';
import { hasLegitContext, keywordsIn } from './termMatcher';

const CLAUSE = /[^。！？!?；;]+[。！？!?；;]*/gu;

/**
 * Finds advertisements written as sentences, the content of a page taken over by spam:
 * 最新玩法技巧分享，稳赚不赔，点击进入xpj88.top。 / 专业高仿手表，加微信:ag3994，欢迎来电咨询。
 * A sentence is one when, outside the keyword runs already cut from it, it still sells: a
 * selling line no notice writes (稳赚不赔, 注册即送) with a contact or a strong keyword in the
 * sentence, or a softer one (诚信经营, 欢迎来电) with both a contact and a spam keyword. A
 * sentence with a crackdown or lottery-management word is never one.
 */
export function findPromotions(
  text: string,
  cut: readonly SpamSpan[],
  siteDomains: readonly string[],
): SpamSpan[] {
  const matching = toMatchingText(text);
  const spans: SpamSpan[] = [];
  for (const match of matching.text.matchAll(CLAUSE)) {
    const clause = match[0];
    const sells = (terms: readonly string[]): boolean => terms.some((t) => clause.includes(t));
    if (!sells(HARD_PROMOTION_TERMS) && !sells(SOFT_PROMOTION_TERMS)) continue;
    if (hasLegitContext(clause)) continue;
    const [start, end] = originalRange(matching, match.index, match.index + clause.length);
    const rest = outside(text, start, end, cut);
    const restMatching = toMatchingText(rest).text;
    // The selling line must be outside what was cut, the contact and keywords may be anywhere:
    // a keyword run with its QQ glued before a real sentence leaves that sentence alone.
    const hard = HARD_PROMOTION_TERMS.some((term) => restMatching.includes(term));
    const soft = SOFT_PROMOTION_TERMS.some((term) => restMatching.includes(term));
    if (!hard && !soft) continue;
    const contact = findContacts(clause, siteDomains).length > 0;
    const keywords = keywordsIn(clause);
    const strong = keywords.some((term) => term.strong);
    const selling = (hard && (contact || strong)) || (soft && contact && keywords.length > 0);
    if (!selling) continue;
    spans.push({ start, end, reason: reasonOf(keywords.map((term) => term.category)) });
  }
  return spans;
}

/** The clause's text with the spans already found blanked out. */
function outside(text: string, start: number, end: number, cut: readonly SpamSpan[]): string {
  let rest = '';
  let cursor = start;
  for (const span of cut) {
    if (span.end <= cursor || span.start >= end) continue;
    rest += `${text.slice(cursor, Math.max(cursor, span.start))} `;
    cursor = Math.max(cursor, span.end);
  }
  return rest + text.slice(cursor, Math.max(cursor, end));
}

function reasonOf(categories: readonly SpamCategory[]): SpamSpan['reason'] {
  if (categories.length === 0) return 'SPAM_PROMOTION';
  const counts = new Map<SpamCategory, number>();
  for (const category of categories) counts.set(category, (counts.get(category) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return KEYWORD_REASONS[top];
}
