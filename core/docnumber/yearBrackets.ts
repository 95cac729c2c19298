/**
 * The bracket pairs sites put around a 文号's year, after full-width folding (so ［］ and （）
 * arrive here as [] and ()). 〔〕 is the one GB/T 9704 prescribes; the others are what CMS
 * editors and input methods produce instead.
 */
export const YEAR_BRACKETS: ReadonlyMap<string, string> = new Map([
  ['〔', '〕'],
  ['[', ']'],
  ['(', ')'],
  ['【', '】'],
  ['〖', '〗'],
  ['﹝', '﹞'],
]);

const OPENING = new Set(YEAR_BRACKETS.keys());
const CLOSING = new Set(YEAR_BRACKETS.values());

export function isOpeningBracket(char: string): boolean {
  return OPENING.has(char);
}

export function isClosingBracket(char: string): boolean {
  return CLOSING.has(char);
}

/** Regex character-class body matching any opening (or closing) bracket. */
export const OPENING_CLASS = [...OPENING].map(escapeForClass).join('');
export const CLOSING_CLASS = [...CLOSING].map(escapeForClass).join('');

function escapeForClass(char: string): string {
  return /[[\]\\^-]/.test(char) ? `\\${char}` : char;
}
