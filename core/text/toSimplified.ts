import type { DictLike } from 'opencc-js';
import { Converter, Locale } from 'opencc-js';

/** Whether a BMP code unit starts a phrase, has a replacement of its own, or both. */
const PHRASE_START = 1;
const CHAR_REPLACED = 2;

interface ConversionTable {
  /** Flags for every BMP code unit; astral code points are looked up in the maps. */
  flags: Uint8Array;
  chars: Map<number, string>;
  /** Phrases by first code point, longest first, whose conversion is not that of their characters. */
  phrases: Map<number, readonly (readonly [string, string])[]>;
}

let table: ConversionTable | null = null;

/**
 * Traditional Chinese to simplified (繁→简), as OpenCC converts Taiwan and Hong Kong text
 * (`tw` and `hk` to `cn`), one code point for one: 遼政辦發〔2015〕13號 → 辽政办发〔2015〕13号.
 *
 * OpenCC's own converter walks several tries per character, about 1 µs a character, which is
 * most of the cost of indexing a notice. The conversion is therefore compiled once into a table
 * of character replacements plus the few hundred phrases whose conversion is not that of their
 * characters (乾隆 stays, 乾燥 becomes 干燥). Entries that would change the number of code
 * points are left out, so offsets in code points survive, which highlighting relies on.
 */
export function toSimplified(text: string): string {
  const { flags, chars, phrases } = (table ??= buildTable());
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    const surrogate = unit >= 0xd800 && unit <= 0xdfff;
    if (!surrogate && flags[unit] === 0) {
      i += 1;
      continue;
    }
    const code = text.codePointAt(i) ?? unit;
    const width = code > 0xffff ? 2 : 1;
    const phrase = phrases.get(code)?.find(([from]) => text.startsWith(from, i));
    const replacement = phrase ? phrase[1] : chars.get(code);
    if (replacement === undefined) {
      i += width;
      continue;
    }
    out += text.slice(copied, i) + replacement;
    i += phrase ? phrase[0].length : width;
    copied = i;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function buildTable(): ConversionTable {
  const tw = Converter({ from: 'tw', to: 'cn' });
  const hk = Converter({ from: 'hk', to: 'cn' });
  const convert = (text: string): string => hk(tw(text));

  const keys = new Set<string>();
  for (const config of [Locale.configs.tw2s, Locale.configs.hk2s]) {
    for (const group of config.conversionChain) for (const dict of group) addKeys(keys, dict);
    addKeys(keys, config.segmentation);
  }

  const flags = new Uint8Array(0x10000);
  const chars = new Map<number, string>();
  const single = [...keys].filter((key) => codePointCount(key) === 1);
  for (const key of single) {
    const to = convert(key);
    if (to === key || codePointCount(to) !== 1) continue;
    const code = key.codePointAt(0) ?? 0;
    chars.set(code, to);
    if (code <= 0xffff) flags[code] |= CHAR_REPLACED;
  }

  const byChars = (text: string): string =>
    Array.from(text, (char) => chars.get(char.codePointAt(0) ?? 0) ?? char).join('');
  const phrases = new Map<number, [string, string][]>();
  for (const key of keys) {
    const length = codePointCount(key);
    if (length < 2) continue;
    const to = convert(key);
    if (to === byChars(key) || codePointCount(to) !== length) continue;
    const code = key.codePointAt(0) ?? 0;
    const list = phrases.get(code) ?? [];
    list.push([key, to]);
    phrases.set(code, list);
    if (code <= 0xffff) flags[code] |= PHRASE_START;
  }
  for (const list of phrases.values()) list.sort((a, b) => b[0].length - a[0].length);
  return { flags, chars, phrases };
}

function addKeys(keys: Set<string>, dict: DictLike): void {
  const entries =
    typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ')[0]) : dict;
  for (const entry of entries) keys.add(typeof entry === 'string' ? entry : entry[0]);
}

function codePointCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) count++;
  }
  return count;
}
