import { isCommonHanzi, isHan } from './commonHanzi';

/** How much a piece of text looks like ordinary Chinese, for choosing between decodings. */
export interface ChineseScore {
  /** Non-ASCII code points that are neither whitespace nor punctuation: the judged characters. */
  judged: number;
  /** Han ideographs among them. */
  han: number;
  /** Common hanzi (see isCommonHanzi) among them. */
  common: number;
  /** Private-use, C1 control and U+FFFD code points: what a wrong decoding leaves behind. */
  broken: number;
  /** common / judged, 0 when nothing was judged. */
  share: number;
}

const SKIPPED = /[\p{P}\p{Z}\s]/u;

/**
 * Scores text by the share of common hanzi among its non-ASCII, non-punctuation characters.
 * Correct Chinese text scores 0.95–1; the same bytes read in the wrong Chinese encoding score
 * about 0.2–0.5, because the wrong decoding lands on rare characters, kana, symbols and
 * private-use code points.
 */
export function chineseScore(text: string): ChineseScore {
  let judged = 0;
  let han = 0;
  let common = 0;
  let broken = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    if (isBroken(code)) {
      judged++;
      broken++;
      continue;
    }
    if (SKIPPED.test(char)) continue;
    judged++;
    if (!isHan(code)) continue;
    han++;
    if (isCommonHanzi(code)) common++;
  }
  return { judged, han, common, broken, share: judged === 0 ? 0 : common / judged };
}

/** Private use, C1 controls and the replacement character. */
export function isBroken(code: number): boolean {
  return (
    (code >= 0x80 && code <= 0x9f) ||
    (code >= 0xe000 && code <= 0xf8ff) ||
    code === 0xfffd ||
    code >= 0xf0000
  );
}
