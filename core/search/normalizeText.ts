import { toSimplified } from '../text/toSimplified';

/**
 * Text as the index compares it: compatibility forms folded (NFKC: full-width ０-９ Ａ-Ｚ ［］ （）,
 * the ideographic space, ﹝﹞ as 〔〕, ① as 1), traditional characters as simplified (遼 → 辽,
 * 號 → 号) and letters in lower case. Queries and documents go through the same function, so
 * 遼政辦發 finds 辽政办发 and the other way round.
 */
export function normalizeText(text: string): string {
  return toSimplified(text.normalize('NFKC').toLowerCase());
}

/** Normalized text with the way back to the input it came from. */
export interface NormalizedText {
  text: string;
  /** The input range `[start, end)` that normalized units `[from, to)` came from. */
  sourceRange(from: number, to: number): [number, number];
}

/** Input offsets of each unit of a text, or null where unit k comes from input unit k. */
interface Offsets {
  start: number[];
  end: number[];
}

/**
 * {@link normalizeText} with the way back to the input, for highlighting matches in the text as
 * written. Folds a code point at a time, which differs from normalizeText only where NFKC
 * composes across code points (a letter and a separate combining accent): such a match is then
 * not highlighted, but nothing breaks. Nearly every notice folds one unit for one and needs no
 * offset table at all.
 */
export function normalizeWithOffsets(input: string): NormalizedText {
  const { folded, offsets } = foldWithOffsets(input);
  const text = toSimplified(folded);
  // toSimplified keeps the number of code points; the number of units changes only when it
  // swaps a BMP character for one outside it (rare ideographs), and then the map is rebuilt.
  const map = text.length === folded.length ? offsets : realign(text, folded, offsets);
  return {
    text,
    sourceRange: (from, to) => {
      if (!map) return [from, Math.max(from, to)];
      if (from >= map.start.length) return [input.length, input.length];
      return to > from ? [map.start[from], map.end[to - 1]] : [map.start[from], map.start[from]];
    },
  };
}

function foldWithOffsets(input: string): { folded: string; offsets: Offsets | null } {
  let folded = '';
  let copied = 0;
  let offsets: Offsets | null = null;
  for (let i = 0; i < input.length; ) {
    const unit = input.charCodeAt(i);
    if (foldsToItself(unit)) {
      offsets?.start.push(i);
      offsets?.end.push(i + 1);
      i++;
      continue;
    }
    const code = input.codePointAt(i) ?? unit;
    const width = code > 0xffff ? 2 : 1;
    const char = input.slice(i, i + width);
    const piece = char.normalize('NFKC').toLowerCase();
    if (!offsets && piece.length !== width) {
      // Up to here every unit came from the input unit at the same offset.
      offsets = { start: [], end: [] };
      for (let k = 0; k < i; k++) {
        offsets.start.push(k);
        offsets.end.push(k + 1);
      }
    }
    if (offsets) {
      for (let k = 0; k < piece.length; k++) {
        offsets.start.push(i);
        offsets.end.push(i + width);
      }
    }
    if (piece !== char) {
      folded += input.slice(copied, i) + piece;
      copied = i + width;
    }
    i += width;
  }
  return { folded: folded + input.slice(copied), offsets };
}

/** ASCII other than capitals, CJK punctuation and ideographs: NFKC and lower case keep them. */
function foldsToItself(unit: number): boolean {
  return (
    (unit < 0x80 && (unit < 0x41 || unit > 0x5a)) ||
    (unit >= 0x4e00 && unit <= 0x9fff) ||
    (unit >= 0x3001 && unit <= 0x3035)
  );
}

/** Offsets of `text` from those of `folded`, walking both a code point at a time. */
function realign(text: string, folded: string, offsets: Offsets | null): Offsets {
  const out: Offsets = { start: [], end: [] };
  let j = 0;
  for (let i = 0; i < text.length; ) {
    const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    const foldedWidth = (folded.codePointAt(j) ?? 0) > 0xffff ? 2 : 1;
    const start = offsets ? offsets.start[j] : j;
    const end = offsets ? offsets.end[j + foldedWidth - 1] : j + foldedWidth;
    for (let k = 0; k < width; k++) {
      out.start.push(start);
      out.end.push(end);
    }
    i += width;
    j += foldedWidth;
  }
  return out;
}
