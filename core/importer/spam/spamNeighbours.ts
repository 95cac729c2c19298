import type { PageBlock } from '../pageBlock';
import { findContacts } from './findContacts';
import { toMatchingText } from './matchingText';
import type { SpamReason } from './spamSpan';
import { hasLegitContext, keywordsIn } from './termMatcher';
import { meaningfulLength, tokenize } from './tokenize';

/** Longest block (letters and digits) that spam around it can take along. */
const MAX_KEYWORD_LINE = 20;
const MAX_BARE_LINE = 6;

/**
 * Extends whole-block spam over the lines injected with it that say too little to be judged
 * alone: a bare spam domain (www.tyc2102.top), a weak keyword (代办信用卡), or, between two spam
 * lines, a short unknown name (巴黎人). A line with a sentence break, a crackdown word or
 * ordinary text (a date, 网站标识码…) is never taken. Returns the reason per position taken.
 */
export function spamNeighbours(
  blocks: readonly PageBlock[],
  spamAt: ReadonlyMap<number, SpamReason>,
  siteDomains: readonly string[],
): Map<number, SpamReason> {
  const taken = new Map<number, SpamReason>();
  const visible = blocks.flatMap((block, position) => (block.hidden ? [] : [position]));
  const reasonAt = (i: number): SpamReason | undefined => {
    const position = visible[i];
    return position === undefined ? undefined : (spamAt.get(position) ?? taken.get(position));
  };
  for (let changed = true; changed; ) {
    changed = false;
    visible.forEach((position, i) => {
      if (spamAt.has(position) || taken.has(position)) return;
      const before = reasonAt(i - 1);
      const after = reasonAt(i + 1);
      const reason = before ?? after;
      if (reason === undefined) return;
      if (
        goesAlong(blocks[position].text, before !== undefined && after !== undefined, siteDomains)
      ) {
        taken.set(position, reason);
        changed = true;
      }
    });
  }
  return taken;
}

function goesAlong(text: string, between: boolean, siteDomains: readonly string[]): boolean {
  const matching = toMatchingText(text).text;
  if (/[。！？!?；;]/u.test(matching) || hasLegitContext(matching)) return false;
  const length = meaningfulLength(matching);
  const tokens = tokenize(matching, findContacts(matching, siteDomains));
  const onlySpamWords = tokens.every((token) =>
    ['contact', 'phone', 'context', 'keyword', 'ascii', 'sep'].includes(token.kind),
  );
  if (onlySpamWords && tokens.some((t) => t.kind === 'contact' || t.kind === 'phone')) return true;
  if (length <= MAX_KEYWORD_LINE && keywordsIn(matching).length > 0) return true;
  if (length <= MAX_BARE_LINE && tokens.some((token) => token.kind === 'context')) return true;
  return between && length <= MAX_BARE_LINE && !/[，,、：:（）()]/u.test(matching);
}
