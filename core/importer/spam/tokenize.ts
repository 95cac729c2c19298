import type { Contact } from './findContacts';
import type { SpamTerm } from './lexicon';
import { termAt } from './termMatcher';

/**
 * keyword and context: lexicon terms; contact: a non-government URL, QQ or WeChat id; phone: a
 * mobile number; ascii: a
 * run of Latin letters, digits and URL punctuation; sep: a separator that may sit inside a spam
 * run (spaces, `|`, commas, brackets); break: sentence-ending punctuation; other: a run of any
 * other characters, usually the Chinese text of a real sentence.
 */
export type TokenKind =
  | 'keyword'
  | 'context'
  | 'contact'
  | 'phone'
  | 'ascii'
  | 'sep'
  | 'break'
  | 'other';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  term?: SpamTerm;
  /** A context word only spam uses (官网, 在线观看). */
  spamOnly?: boolean;
  /** A casino brand that is also an ordinary word (金沙, 皇冠), context when bare. */
  brand?: boolean;
}

const SEPARATORS = new Set(
  ' \t\n\r\f\v\u00a0\u3000|｜/／\\_-—–·•・,，、:：()（）[]【】《》<>〈〉「」『』“”"\'‘’*★☆◆◇●○■□▲△~～+=…',
);
const BREAKS = new Set('。！？!?；;');
const ASCII = /^[a-z0-9.@#%&?=~]$/;

function charKind(char: string): 'ascii' | 'sep' | 'break' | 'other' {
  if (ASCII.test(char)) return 'ascii';
  if (BREAKS.has(char)) return 'break';
  if (SEPARATORS.has(char) || /^\s$/u.test(char)) return 'sep';
  return 'other';
}

/** Splits matching text into tokens; contacts must be sorted and not overlap. */
export function tokenize(text: string, contacts: readonly Contact[]): Token[] {
  const tokens: Token[] = [];
  let next = 0;
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number, term?: SpamTerm): void => {
    const last = tokens[tokens.length - 1];
    // Runs of ordinary text are one token: only their edges matter.
    if (kind === 'other' && last?.kind === 'other' && last.end === start) last.end = end;
    else tokens.push(term ? { kind, start, end, term } : { kind, start, end });
  };
  while (i < text.length) {
    const contact = contacts[next];
    if (contact && contact.start <= i) {
      if (contact.end > i) {
        push(contact.kind === 'phone' ? 'phone' : 'contact', i, contact.end);
        i = contact.end;
      }
      next++;
      continue;
    }
    const hit = termAt(text, i);
    if (hit) {
      const end = i + hit.length;
      if (hit.kind === 'keyword') push('keyword', i, end, hit.term);
      else if (hit.spamOnly || hit.brand) {
        tokens.push({ kind: 'context', start: i, end, spamOnly: hit.spamOnly, brand: hit.brand });
      } else push('context', i, end);
      i = end;
      continue;
    }
    const kind = charKind(text[i]);
    if (kind === 'ascii') {
      let end = i + 1;
      const stop = contact ? contact.start : text.length;
      while (end < stop && ASCII.test(text[end])) end++;
      push('ascii', i, end);
      i = end;
      continue;
    }
    push(kind, i, i + 1);
    i++;
  }
  return tokens;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet known, 1 a letter or digit, 2 not. */
const BMP_KIND = new Uint8Array(0x10000);

/** Letters and digits: what a reader counts as text, without spaces and punctuation. */
export function meaningfulLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x4e00 && unit <= 0x9fff) {
      count++;
    } else if (unit >= 0xd800 && unit <= 0xdbff) {
      const char = String.fromCodePoint(text.codePointAt(i) ?? unit);
      if (LETTER_OR_DIGIT.test(char)) count++;
      i += char.length - 1;
    } else {
      let kind = BMP_KIND[unit];
      if (kind === 0) {
        kind = LETTER_OR_DIGIT.test(text[i]) ? 1 : 2;
        BMP_KIND[unit] = kind;
      }
      if (kind === 1) count++;
    }
  }
  return count;
}
