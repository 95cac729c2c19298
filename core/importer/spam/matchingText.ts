import { foldFullWidth, toSimplified } from '../../text';

/**
 * A block's text prepared for keyword matching: simplified (賭場 → 赌场), full-width folded
 * (ＰＫ１０ → pk10), ASCII lower-cased, and without the zero-width characters spammers put
 * between the characters of a keyword (百\u200b家乐). `origin[i]` is the index in the original
 * text of `text[i]` (null when they are the same), so a match can be cut out of the text as
 * published.
 */
export interface MatchingText {
  text: string;
  origin: number[] | null;
  /** Length of the original text, the end of a match that runs to the end. */
  originalLength: number;
}

const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/;
const INVISIBLE_CHAR = /^[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]$/;

/*
 * Every check of the spam step reads the same blocks, so the last texts prepared are kept: a
 * page's blocks are prepared once, not once per check.
 */
const CACHE_SIZE = 2048;
const cache = new Map<string, MatchingText>();

export function toMatchingText(original: string): MatchingText {
  const cached = cache.get(original);
  if (cached) return cached;
  const prepared = prepare(original);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(original, prepared);
  return prepared;
}

function prepare(original: string): MatchingText {
  let normalized = foldFullWidth(original);
  const simplified = toSimplified(normalized);
  // The conversions keep one UTF-16 unit for one; the check keeps offsets right if that ever changes.
  if (simplified.length === normalized.length) normalized = simplified;
  const lowered = normalized.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
  if (!INVISIBLE.test(lowered)) {
    return { text: lowered, origin: null, originalLength: original.length };
  }
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < lowered.length; i++) {
    if (INVISIBLE_CHAR.test(lowered[i])) continue;
    text += lowered[i];
    origin.push(i);
  }
  return { text, origin, originalLength: original.length };
}

/** The original-text range of `[start, end)` in matching-text indexes. */
export function originalRange(
  matching: MatchingText,
  start: number,
  end: number,
): [number, number] {
  const { origin, originalLength } = matching;
  if (origin === null) return [start, end];
  const from = origin[start] ?? originalLength;
  const to = end < origin.length ? (origin[end] ?? originalLength) : originalLength;
  return [from, to];
}
