/** A stretch of text that was damaged beyond repair; it is left as it is and reported. */
export interface UnrecoverableText {
  text: string;
  /** UTF-16 offset in the input text. */
  offset: number;
  reason: string;
}

/*
 * Each pattern is what a known loss leaves behind:
 * - U+FFFD: bytes that were not valid in the encoding they were read in (GBK read as UTF-8);
 * - 锟斤拷: U+FFFD U+FFFD written as UTF-8 (EF BF BD EF BF BD) and read back as GBK;
 * - 烫烫烫 / 屯屯屯: uninitialised stack (0xCC) / heap (0xCD) memory printed as GBK;
 * - ???: characters an encoder could not encode, after a Han character.
 */
const PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/\ufffd+/g, 'REPLACEMENT_CHARACTER'],
  [/(?:锟斤拷)+锟?斤?/g, 'UTF8_REPLACEMENT_READ_AS_GBK'],
  [/烫{3,}/g, 'UNINITIALISED_STACK_0xCC'],
  [/屯{3,}/g, 'UNINITIALISED_HEAP_0xCD'],
  [/(?<=\p{Script=Han})\?{3,}/gu, 'UNENCODABLE_AS_QUESTION_MARKS'],
];

/** The unrecoverable mojibake patterns in a text, in text order. */
export function findUnrecoverable(text: string): UnrecoverableText[] {
  const found: UnrecoverableText[] = [];
  for (const [pattern, reason] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      found.push({ text: match[0], offset: match.index ?? 0, reason });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}
