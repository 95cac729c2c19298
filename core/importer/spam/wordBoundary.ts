import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/** Characters of context on each side that the segmenter sees around a match. */
const WINDOW = 6;

let jieba: Jieba | null = null;

/*
 * jieba without its HMM: every word it returns is a dictionary word, so a word across a
 * keyword's edge is real language, never a guess glued from spam and the text next to it
 * (日办, 彩为). core/search keeps its own instance with the HMM on, which indexing needs; this one
 * is built on the first keyword candidate (half a second), so clean pages never pay for it.
 */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/**
 * Whether `[from, to)`, the part of a crossing word outside the keyword, is spam's own text (a
 * context word or another keyword touching the keyword), as the caller's lexicon says.
 */
export type SpamCover = (from: number, to: number) => boolean;

/**
 * False when a dictionary word runs across the start or end of `[start, end)`: 时时彩 in
 * 各节目组时时彩排 (时时/彩排), 快三 in 加快三农 (加快/三农), 做爱 in 做爱心. Keyword lists
 * match characters; a keyword cut through the middle of a word is not that keyword. A word that
 * holds the whole keyword (体育彩票) or lies inside it (开发票 in 代开发票) does not cut it, nor
 * one whose outside part is spam itself: 免费看成人视频 reads 看成 across the keyword, but 看 is
 * the end of 免费看.
 */
export function isWordAligned(
  text: string,
  start: number,
  end: number,
  spamCover: SpamCover,
): boolean {
  const from = Math.max(0, start - WINDOW);
  const window = text.slice(from, Math.min(text.length, end + WINDOW));
  let at = from;
  for (const word of segmenter().cut(window, false)) {
    const wordEnd = at + word.length;
    if (at < start && wordEnd > start && wordEnd < end && !spamCover(at, start)) return false;
    if (at > start && at < end && wordEnd > end && !spamCover(end, wordEnd)) return false;
    at = wordEnd;
  }
  return true;
}
