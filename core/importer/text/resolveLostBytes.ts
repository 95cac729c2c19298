import { toSimplified } from '../../text';
import { isCommonHanzi, isHan } from './commonHanzi';
import { isBroken } from './chineseScore';
import type { DecodedItem } from './segmentDecoders';
import { bestCutScore } from './wordFrequency';

/** A decoded item after guessing: its text, or null where the lost byte stays unknown. */
export interface ResolvedItem {
  text: string | null;
  from: number;
  to: number;
}

/** How many times likelier the best guess must make its neighbourhood than the next guess. */
const CONTEXT_MARGIN = 20;
/** The margin is this many times larger when only one side has neighbours. */
const ONE_SIDED_FACTOR = 10;
/** Characters on each side that judge a guess. */
const CONTEXT = 3;

/**
 * Chooses, for each character that lost a byte, the one candidate that fits: first dropping
 * candidates that cannot stand there (control, private-use, a bracket whose partner is nowhere
 * in the segment), then the one that reads far likelier with its neighbours by jieba's
 * dictionary (信杯 / 信息: 信息), then the only common hanzi. What stays ambiguous is null.
 */
export function resolveLostBytes(items: readonly DecodedItem[]): ResolvedItem[] {
  const segment = items.map((item) => ('text' in item ? item.text : '')).join('');
  const resolved: (string | string[])[] = items.map((item) =>
    'text' in item ? item.text : item.candidates.filter((c) => fits(c, segment)),
  );
  for (let k = 0; k < resolved.length; k++) {
    const here = resolved[k];
    if (typeof here === 'string') continue;
    resolved[k] =
      here.length === 1 ? here[0] : (byContext(resolved, k, here) ?? byCommonness(here) ?? here);
  }
  return items.map((item, k) => {
    const value = resolved[k];
    return { text: typeof value === 'string' ? value : null, from: item.from, to: item.to };
  });
}

function fits(candidate: string, segment: string): boolean {
  const code = candidate.codePointAt(0) ?? 0;
  if (isBroken(code) || /[\p{Cc}\p{Cf}\p{Cn}\p{Co}]/u.test(candidate)) return false;
  const partner = bracketPartners(code);
  return partner === null || partner.some((p) => segment.includes(String.fromCodePoint(p)));
}

/*
 * CJK brackets U+3008–U+301B come in consecutive opening/closing pairs; 〝 closes with 〞 or 〟.
 * A lone half of a pair is a worse guess than punctuation that needs no partner (、 vs 」).
 */
function bracketPartners(code: number): number[] | null {
  if (code >= 0x3008 && code <= 0x301b) return [code % 2 === 0 ? code + 1 : code - 1];
  if (code === 0x301d) return [0x301e, 0x301f];
  if (code === 0x301e || code === 0x301f) return [0x301d];
  return null;
}

function byContext(
  resolved: (string | string[])[],
  k: number,
  candidates: string[],
): string | null {
  const scores = candidates
    .map((candidate) => ({ candidate, ...contextScore(resolved, k, candidate) }))
    .sort((a, b) => b.score - a.score);
  const [best, next] = scores;
  if (!best || best.score === -Infinity) return null;
  // With neighbours on one side only, the next character may well change the word (有關規 → 有關要
  // reads likelier, 有關規範 would not): demand much more.
  const margin = best.sides === 2 ? CONTEXT_MARGIN : CONTEXT_MARGIN * ONE_SIDED_FACTOR;
  return !next || best.score - next.score >= Math.log(margin) ? best.candidate : null;
}

/**
 * How likely the candidate makes the Han characters around position k (up to CONTEXT on each
 * side, stopping at anything that is not a settled Han character), as jieba's dictionary cuts
 * them. -Infinity when the candidate is not Han or has no Han neighbour.
 */
function contextScore(
  resolved: (string | string[])[],
  k: number,
  candidate: string,
): { score: number; sides: number } {
  if (!isHan(candidate.codePointAt(0) ?? 0)) return { score: -Infinity, sides: 0 };
  const settled = (i: number): string | null => {
    const value = resolved[i];
    return typeof value === 'string' && isHan(value.codePointAt(0) ?? 0) ? value : null;
  };
  const left: string[] = [];
  for (let i = k - 1; i >= 0 && left.length < CONTEXT; i--) {
    const char = settled(i);
    if (char === null) break;
    left.unshift(char);
  }
  const right: string[] = [];
  for (let i = k + 1; i < resolved.length && right.length < CONTEXT; i++) {
    const char = settled(i);
    if (char === null) break;
    right.push(char);
  }
  // A character on its own is judged by its frequency alone, which favours 要 over 規 anywhere.
  const sides = (left.length > 0 ? 1 : 0) + (right.length > 0 ? 1 : 0);
  if (sides === 0) return { score: -Infinity, sides };
  const chars = Array.from(toSimplified([...left, candidate, ...right].join('')));
  return { score: bestCutScore(chars), sides };
}

function byCommonness(candidates: string[]): string | null {
  const common = candidates.filter((c) => isCommonHanzi(c.codePointAt(0) ?? 0));
  return common.length === 1 ? common[0] : null;
}
