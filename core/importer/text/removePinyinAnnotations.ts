import type { CharReadings } from './pinyinReadings';
import { charReadings } from './pinyinReadings';

export interface PinyinRemoval {
  text: string;
  /** Each annotation taken out, with its UTF-16 offset in the input text. */
  removed: { text: string; offset: number }[];
}

/*
 * A parenthesised run of lower-case Latin letters (tone marks included, as precomposed letters
 * or combining marks), tone digits, and spaces or apostrophes between syllables, in ASCII or
 * full-width parentheses, optionally after one space. Capitals never occur in the converters'
 * output, so (FAKU), (QQ), (Li Ming) are never candidates.
 */
const ANNOTATION =
  /[ \t\u3000]?[(（][ \t]*([\p{Ll}\p{M}][\p{Ll}\p{M}0-5]*(?:[ '’-]+[\p{Ll}\p{M}][\p{Ll}\p{M}0-5]*)*)[ \t]*[)）]/gu;

/** Most characters one annotation is taken to cover (鄉鎮(xiāng zhèn)). */
const MAX_WORD = 8;

type ToneStyle = keyof CharReadings;

/**
 * Removes the pinyin that some page converters insert after characters: 長(zhǎng), 區(qū),
 * 鄉(xiāng)鎮(zhèn), 區（qu1）, 鄉鎮(xiāng zhèn). An annotation goes only when pinyin-pro
 * confirms it is a reading of the Han character(s) right before it, in the style it is
 * written in (tone marks, tone digits or none); everything else in parentheses stays:
 * 縣(市)區, (2015), (FAKU), (a), (一), 《…》(国办发〔2016〕80号), English after Latin letters.
 */
export function removePinyinAnnotations(text: string): PinyinRemoval {
  const removed: PinyinRemoval['removed'] = [];
  let out = '';
  let copied = 0;
  for (const match of text.matchAll(ANNOTATION)) {
    const offset = match.index ?? 0;
    const before = hanBefore(text, offset);
    if (before.length === 0 || !readsAs(before, match[1])) continue;
    out += text.slice(copied, offset);
    copied = offset + match[0].length;
    removed.push({ text: match[0], offset });
  }
  return removed.length === 0 ? { text, removed } : { text: out + text.slice(copied), removed };
}

/** The Han characters right before an offset, nearest last, at most MAX_WORD. */
function hanBefore(text: string, offset: number): string[] {
  const chars: string[] = [];
  for (let i = offset; i > 0 && chars.length < MAX_WORD; ) {
    const low = text.charCodeAt(i - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? 2 : 1;
    const char = text.slice(i - width, i);
    if (charReadings(char) === null) break;
    chars.unshift(char);
    i -= width;
  }
  return chars;
}

/** Whether the reading spells the last N characters before it, for the smallest N that works. */
function readsAs(before: string[], reading: string): boolean {
  const normal = reading.normalize('NFC').toLowerCase().replace(/v/g, 'ü').replace(/u:/g, 'ü');
  const style: ToneStyle = /[0-5]/.test(normal)
    ? 'digits'
    : /[^a-zü '’-]/.test(normal)
      ? 'marks'
      : 'plain';
  const syllables = normal.split(/[ '’-]+/).filter((s) => s !== '');
  if (syllables.length > 1) {
    // Separated syllables: one per character, exactly as many as there are syllables.
    if (syllables.length > before.length) return false;
    const chars = before.slice(before.length - syllables.length);
    return syllables.every((syllable, i) => matchesChar(chars[i], syllable, style));
  }
  const joined = syllables[0] ?? '';
  for (let n = 1; n <= before.length; n++) {
    if (spells(before.slice(before.length - n), joined, style)) return true;
  }
  return false;
}

function matchesChar(char: string, syllable: string, style: ToneStyle): boolean {
  return forms(char, style).includes(syllable);
}

/** Whether the characters, read one reading each, spell the string with nothing left over. */
function spells(chars: string[], reading: string, style: ToneStyle): boolean {
  const at = (index: number, position: number): boolean => {
    if (index === chars.length) return position === reading.length;
    return forms(chars[index], style).some(
      (form) => reading.startsWith(form, position) && at(index + 1, position + form.length),
    );
  };
  return at(0, 0);
}

/**
 * A character's readings as an annotation may write them: with digits, the neutral tone as 0,
 * 5 or nothing; without tones, ü also as u (lü → lu).
 */
function forms(char: string, style: ToneStyle): string[] {
  const readings = charReadings(char);
  if (readings === null) return [];
  if (style === 'marks') return readings.marks;
  if (style === 'digits') {
    return readings.digits.flatMap((r) =>
      r.endsWith('0') ? [r, `${r.slice(0, -1)}5`, r.slice(0, -1)] : [r],
    );
  }
  return [...new Set(readings.plain.flatMap((r) => [r, r.replace(/ü/g, 'u')]))];
}
