/** Collapses every run of white space (including U+3000 and no-break spaces) to one space, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * True when a raw line begins with the indentation Chinese documents put before a paragraph: a
 * full-width space (two are usual), two no-break spaces (`&nbsp;&nbsp;`), or, when `asciiSpaces`
 * is set (plain text, where spaces are not source formatting), two ASCII spaces or a tab.
 */
export function startsIndented(raw: string, asciiSpaces: boolean): boolean {
  if (asciiSpaces) return /^(?:[ \u00a0]{2,}|[\u3000\t])/u.test(raw);
  return /^[ \t\r\n]*(?:\u3000|\u00a0{2,})/u.test(raw);
}
