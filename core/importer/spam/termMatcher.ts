import type { SpamTerm } from './lexicon';
import { CONTEXT_TERMS, LEGIT_CONTEXT_TERMS, SPAM_TERMS } from './lexicon';
import { isWordAligned } from './wordBoundary';

export type TermHit =
  | { kind: 'keyword'; term: SpamTerm; length: number }
  | { kind: 'context'; length: number };

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
  for (const term of CONTEXT_TERMS) {
    add(term.toLowerCase(), { kind: 'context', length: term.length });
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
    if (entry.hit.kind === 'keyword' && !entry.wordBound && !isWordAligned(text, at, end)) continue;
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

/** True when the matching text contains a word of a crackdown or lawful-lottery sentence. */
export function hasLegitContext(text: string): boolean {
  return LEGIT_CONTEXT_TERMS.some((term) => text.includes(term));
}
