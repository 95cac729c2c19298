import { pinyin } from 'pinyin-pro';

/** The readings of one character, as pinyin-pro writes them in each tone style. */
export interface CharReadings {
  /** With tone marks: zhǎng. */
  marks: string[];
  /** With tone digits, neutral tone as 0: zhang3, de0. */
  digits: string[];
  /** Without tones: zhang. */
  plain: string[];
}

const cache = new Map<string, CharReadings | null>();
const HAN = /^\p{Script=Han}$/u;

/**
 * Every reading pinyin-pro knows for a Han character (traditional ones included: 長 →
 * cháng, zhǎng), in the three tone styles. Null for anything that is not a Han character, for
 * which pinyin-pro would echo the character back.
 */
export function charReadings(char: string): CharReadings | null {
  let readings = cache.get(char);
  if (readings !== undefined) return readings;
  readings = null;
  if (HAN.test(char)) {
    const marks = pinyin(char, { multiple: true, type: 'array' });
    if (marks.length > 0 && marks[0] !== char) {
      readings = {
        marks: unique(marks.map((r) => r.normalize('NFC'))),
        digits: unique(pinyin(char, { multiple: true, type: 'array', toneType: 'num' })),
        plain: unique(pinyin(char, { multiple: true, type: 'array', toneType: 'none' })),
      };
    }
  }
  cache.set(char, readings);
  return readings;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
