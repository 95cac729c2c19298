/**
 * Tokens not indexed and not searched: function characters that carry no meaning on their own,
 * and 关于, which opens nearly every title (关于…的通知) and would otherwise be the longest
 * posting list in the index while telling no notice from another. A query made only of these
 * has nothing to search for.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  '的',
  '了',
  '和',
  '与',
  '及',
  '等',
  '在',
  '是',
  '对',
  '为',
  '于',
  '或',
  '并',
  '之',
  '关于',
]);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a token from the segmenter is worth indexing: a letter or digit, and not a stop word. */
export function isSearchableToken(token: string): boolean {
  if (STOP_WORDS.has(token)) return false;
  // Most tokens start with an ideograph, a digit or a small letter: skip the regex for them.
  const first = token.charCodeAt(0);
  if (first >= 0x4e00 && first <= 0x9fff) return true;
  if ((first >= 0x30 && first <= 0x39) || (first >= 0x61 && first <= 0x7a)) return true;
  return LETTER_OR_DIGIT.test(token);
}
