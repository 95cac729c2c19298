import { toSimplified } from '../text/toSimplified';
import { AhoCorasick } from './ahoCorasick';
import { SKIPPED, foldTerm, foldTermCode } from './foldTermCode';
import type { TermList } from './termList';

/** An occurrence of an entry's term, in UTF-16 offsets into the text searched. */
export interface TermHit {
  /** Index of the entry in `list.terms`. */
  entry: number;
  start: number;
  /** Exclusive; `end - start` counts the spaces put between the term's characters, if any. */
  end: number;
}

interface CompiledTermList {
  automaton: AhoCorasick;
  /** For each pattern of the automaton: its entry, and whether it is one of its `allowedIn`. */
  owners: { entry: number; allowed: boolean }[];
}

/* One automaton per list, built on first use: lists are frozen, so it never goes stale. */
const compiled = new WeakMap<TermList, CompiledTermList>();

function compile(list: TermList): CompiledTermList {
  const cached = compiled.get(list);
  if (cached) return cached;
  const patterns: string[] = [];
  const owners: CompiledTermList['owners'] = [];
  list.terms.forEach((entry, index) => {
    patterns.push(foldTerm(toSimplified(entry.term)));
    owners.push({ entry: index, allowed: false });
    for (const phrase of entry.allowedIn) {
      patterns.push(foldTerm(toSimplified(phrase)));
      owners.push({ entry: index, allowed: true });
    }
  });
  const result = { automaton: new AhoCorasick(patterns), owners };
  compiled.set(list, result);
  return result;
}

/**
 * Every occurrence of every term of the list in `text`, sorted by start, then by list order;
 * overlapping occurrences are all reported. Matching folds full-width forms and letter case,
 * skips white space (see `foldTermCode`) and reads traditional characters as simplified ones
 * (遼寧 is 辽宁), both in the text and in the list; an occurrence inside one of its entry's
 * `allowedIn` phrases is left out.
 */
export function findTermHits(list: TermList, raw: string): TermHit[] {
  const { automaton, owners } = compile(list);
  // One code unit for one (see toSimplified), so offsets into it are offsets into `raw`.
  const simplified = toSimplified(raw);
  const text = simplified.length === raw.length ? simplified : raw;
  const hits: TermHit[] = [];
  const allowed: TermHit[] = [];
  const window = automaton.longest;
  if (window === 0) return hits;
  // Text offsets of the last `window` units read, so a match's start can be found from its end.
  const offsets = new Int32Array(window);
  let read = 0;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const code = foldTermCode(text.charCodeAt(i));
    if (code === SKIPPED) continue;
    offsets[read % window] = i;
    read++;
    state = automaton.next(state, code);
    const ending = automaton.endingAt(state);
    if (ending.length === 0) continue;
    for (const pattern of ending) {
      const start = offsets[(read - automaton.patternLengths[pattern]) % window];
      const { entry, allowed: isAllowed } = owners[pattern];
      (isAllowed ? allowed : hits).push({ entry, start, end: i + 1 });
    }
  }
  hits.sort((a, b) => a.start - b.start || a.entry - b.entry);
  return allowed.length === 0 ? hits : withoutAllowed(hits, allowed);
}

/* `hits` sorted by start. Each allowed phrase looks only at the hits that start inside it. */
function withoutAllowed(hits: TermHit[], allowed: readonly TermHit[]): TermHit[] {
  const covered = new Uint8Array(hits.length);
  for (const phrase of allowed) {
    for (let k = firstStartingAt(hits, phrase.start); k < hits.length; k++) {
      const hit = hits[k];
      if (hit.start >= phrase.end) break;
      if (hit.entry === phrase.entry && hit.end <= phrase.end) covered[k] = 1;
    }
  }
  return hits.filter((_hit, k) => covered[k] === 0);
}

function firstStartingAt(hits: readonly TermHit[], start: number): number {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (hits[middle].start < start) low = middle + 1;
    else high = middle;
  }
  return low;
}
