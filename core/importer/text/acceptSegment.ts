import { chineseScore } from './chineseScore';

/** What the repaired text must look like, per kind of mojibake. */
export interface AcceptRules {
  /** Han characters the repaired stretch needs at least. */
  minHan: number;
  /**
   * When the source is itself CJK text (UTF-8 or Big5 read as GBK): its common-hanzi share
   * must be at most this, so correct Chinese is never "repaired".
   */
  maxSourceShare: number | null;
  /**
   * Largest share of hanzi in a CJK source that stands alone without private-use characters:
   * Big5 read as GBK leaves kana and symbols among the hanzi, correct text with rare words
   * (课本潸潸) does not.
   */
  maxSourceHan: number;
  /** Latin-1 source read as GBK: two bytes per hanzi make any byte pair some hanzi, so also demand a varied source with letters. */
  latinSource: boolean;
}

const MIN_SHARE = 0.8;
const MIN_GAIN = 0.4;
/** Share of hanzi a CJK source needs to stand alone (mojibake of Chinese is 55–80 % hanzi). */
const MIN_SOURCE_HAN = 0.4;
/** Largest share of common hanzi among a CJK source's hanzi for it to stand alone. */
const MAX_SOURCE_COMMON_HAN = 0.7;
/** Lost-byte characters left unknown, at most this share of the repaired hanzi. */
const MAX_UNKNOWN = 0.34;

/**
 * How plausible a decoded candidate is. `reject` unless it is at least 80 % common hanzi among
 * its non-punctuation characters with nothing broken, and, for a CJK source, at least 40 points
 * better than the source. `strong` when it also stands on its own: enough distinct hanzi, and
 * a CJK source that looks like mojibake of Chinese (mostly hanzi, few of them common). `weak`
 * otherwise (區 alone between ASCII brackets, a date in kana): accepted only next to a strong
 * repair of the same kind on the same line.
 */
export type Plausibility = 'strong' | 'weak' | 'reject';

export function acceptSegment(
  source: string,
  candidate: string,
  unknown: number,
  rules: AcceptRules,
): Plausibility {
  const score = chineseScore(candidate);
  // Only a character that lost its last byte (二 = E4 BA 8C before an ASCII bracket): no way
  // to tell which, but beside strong repairs it is better shown as U+FFFD than as 浜�.
  if (score.judged === 0 && unknown === 1 && rules.maxSourceShare !== null) return 'weak';
  if (score.broken > 0 || score.han === 0 || score.share < MIN_SHARE) return 'reject';
  if (unknown > Math.max(2, score.han * MAX_UNKNOWN)) return 'reject';
  let standsAlone = score.han >= rules.minHan && distinctHanzi(candidate) >= 2;
  if (rules.maxSourceShare !== null) {
    const before = chineseScore(source);
    if (before.share > rules.maxSourceShare || score.share - before.share < MIN_GAIN)
      return 'reject';
    // Chinese read in the wrong Chinese encoding leaves private-use characters, or is mostly
    // hanzi and mostly rare ones; a kana, Greek or Cyrillic word beside common hanzi (α、β、γ射线)
    // is correct text whose GBK bytes happen to be Big5 hanzi.
    const looksMisread =
      before.broken > 0 ||
      (before.han >= before.judged * MIN_SOURCE_HAN &&
        before.han <= before.judged * rules.maxSourceHan &&
        before.common <= before.han * MAX_SOURCE_COMMON_HAN);
    if (!looksMisread) standsAlone = false;
  }
  if (rules.latinSource) {
    const chars = [...source].filter((c) => c.charCodeAt(0) >= 0x80);
    // A two-byte hanzi always has a lead byte ≥ 0xB0 and usually one in À–ÿ; punctuation-only
    // runs (“……”, ××××, ·····) never become Chinese.
    if (!chars.some((c) => /[\u00c0-\u00ff]/.test(c) && c !== '×' && c !== '÷')) return 'reject';
    if (new Set(chars).size < 3) standsAlone = false;
  }
  return standsAlone ? 'strong' : 'weak';
}

function distinctHanzi(text: string): number {
  return new Set([...text].filter((c) => c.charCodeAt(0) >= 0x2e80)).size;
}
