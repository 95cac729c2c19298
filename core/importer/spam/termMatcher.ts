import type { SpamTerm } from './lexicon';
import {
  AMBIGUOUS_BRANDS,
  CONTEXT_TERMS,
  LEGIT_CONTEXT_TERMS,
  SPAM_ONLY_CONTEXT_TERMS,
  SPAM_TERMS,
} from './lexicon';
import { isWordAligned } from './wordBoundary';

export type TermHit =
  | { kind: 'keyword'; term: SpamTerm; length: number }
  | { kind: 'context'; length: number; spamOnly: boolean; brand: boolean };

interface Entry {
  text: string;
  hit: TermHit;
  /** ASCII terms (bet365, pk10, app) must not be part of a longer word (apple, pk100). */
  wordBound: boolean;
}

const ASCII_WORD = /^[a-z0-9]+$/;

function buildIndex(): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  const add = (text: string, hit: TermHit): void => {
    const list = index.get(text[0]) ?? [];
    list.push({ text, hit, wordBound: ASCII_WORD.test(text) });
    index.set(text[0], list);
  };
  for (const term of SPAM_TERMS) {
    add(term.term.toLowerCase(), { kind: 'keyword', term, length: term.term.length });
  }
  const spamOnly = new Set(SPAM_ONLY_CONTEXT_TERMS);
  const brands = new Set(AMBIGUOUS_BRANDS);
  for (const term of CONTEXT_TERMS) {
    add(term.toLowerCase(), {
      kind: 'context',
      length: term.length,
      spamOnly: spamOnly.has(term),
      brand: brands.has(term),
    });
  }

  // Longest first; a keyword before a context term of the same length.
  for (const list of index.values()) {
    list.sort((a, b) => b.text.length - a.text.length || (a.hit.kind === 'keyword' ? -1 : 1));
  }
  return index;
}

let termIndex: Map<string, Entry[]> | null = null;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[a-z0-9]/.test(char);
}

/** The longest spam keyword or context term at `at` in matching text, or null. */
export function termAt(text: string, at: number): TermHit | null {
  const candidates = (termIndex ??= buildIndex()).get(text[at]);
  if (!candidates) return null;
  for (const entry of candidates) {
    if (!text.startsWith(entry.text, at)) continue;
    const end = at + entry.text.length;
    if (entry.wordBound && (isWordChar(text[at - 1]) || isWordChar(text[end]))) continue;
    if (
      entry.hit.kind === 'keyword' &&
      !entry.wordBound &&
      !isWordAligned(text, at, end, (from, to) => coveredBySpam(text, from, to, at, end))
    ) {
      continue;
    }
    return entry.hit;
  }
  return null;
}

/**
 * True when the matching text may hold a spam keyword: the cheap test before the others, which
 * only runs the matcher where a keyword could begin. It may say yes where `keywordsIn` finds none
 * (a longer match before it covers the spot), never the other way round.
 */
export function hasKeyword(text: string): boolean {
  const starts = (keywordStarts ??= keywordStartPattern());
  starts.lastIndex = 0;
  for (let match = starts.exec(text); match; match = starts.exec(text)) {
    if (termAt(text, match.index)?.kind === 'keyword') return true;
  }
  return false;
}

let keywordStarts: RegExp | null = null;

/** Any character a keyword begins with: the regex engine skips the rest of the text quickly. */
function keywordStartPattern(): RegExp {
  const chars = new Set(SPAM_TERMS.map((term) => term.term[0].toLowerCase()));
  const escaped = [...chars].map((char) => char.replace(/[\\\]^-]/g, '\\$&')).join('');
  return new RegExp(`[${escaped}]`, 'gu');
}

/** Every spam keyword in matching text, left to right, longest match first. */
export function keywordsIn(text: string): SpamTerm[] {
  const found: SpamTerm[] = [];
  let i = 0;
  while (i < text.length) {
    const hit = termAt(text, i);
    if (hit?.kind === 'keyword') found.push(hit.term);
    i += hit ? hit.length : 1;
  }
  return found;
}

/**
 * Whether `[from, to)` next to the keyword `[start, end)` lies inside a lexicon term (context
 * word or keyword) that touches the keyword: 看 of 免费看 before 成人视频, 平台 after 同城交友.
 */
function coveredBySpam(
  text: string,
  from: number,
  to: number,
  start: number,
  end: number,
): boolean {
  const index = (termIndex ??= buildIndex());
  if (from >= end) {
    // An ordinal after spam opens the notice's next part (…黑客接单一、出台背景): 单一 is no word.
    if (ORDINAL.test(text.slice(end, end + 4))) return true;
    return (index.get(text[end]) ?? []).some(
      (entry) => text.startsWith(entry.text, end) && end + entry.text.length >= to,
    );
  }
  for (let s = Math.max(0, start - LONGEST_TERM); s <= from; s++) {
    const covering = (index.get(text[s]) ?? []).some(
      (entry) => s + entry.text.length === start && text.startsWith(entry.text, s),
    );
    if (covering) return true;
  }
  return false;
}

const ORDINAL = /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[条章节])/u;

/** Longest lexicon term, in characters. */
const LONGEST_TERM = Math.max(
  ...SPAM_TERMS.map((term) => term.term.length),
  ...CONTEXT_TERMS.map((term) => term.length),
);

/** True when the matching text contains a word of a crackdown or lawful-lottery sentence. */
export function hasLegitContext(text: string): boolean {
  return LEGIT_CONTEXT_TERMS.some((term) => text.includes(term));
}
