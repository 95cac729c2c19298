const FULL_WIDTH_FIRST = 0xff01; // ！
const FULL_WIDTH_LAST = 0xff5e; // ～
const FULL_WIDTH_OFFSET = 0xfee0;

/** Returned by `foldTermCode` for a UTF-16 unit that matching skips. */
export const SKIPPED = -1;

/**
 * The UTF-16 unit that term matching compares instead of `code`, or SKIPPED. Full-width ASCII
 * becomes ASCII, as `foldFullWidth` (core/text) does, and ASCII letters lower case. White space of
 * any kind (ideographic space, the no-break space an `&nbsp;` leaves) and invisible format
 * characters are skipped, so a term still matches with spaces put between its characters, which
 * is how both careless typing and spam filters' evaders split words.
 *
 * One unit at a time rather than through `foldFullWidth`, which builds a new string: the check
 * runs on every save of a body of up to a few hundred KB.
 */
export function foldTermCode(code: number): number {
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) code -= FULL_WIDTH_OFFSET;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20; // A-Z
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d) ? SKIPPED : code;
  return isSkippedNonAscii(code) ? SKIPPED : code;
}

function isSkippedNonAscii(code: number): boolean {
  return (
    code === 0x85 || // next line
    code === 0xa0 || // no-break space
    code === 0xad || // soft hyphen
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200f) || // spaces, zero-width space and joiners, marks
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 || // word joiner
    code === 0x3000 || // ideographic space
    code === 0xfeff // zero-width no-break space (BOM)
  );
}

/** A term or phrase folded the same way as the text it is looked for in. */
export function foldTerm(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const code = foldTermCode(text.charCodeAt(i));
    if (code !== SKIPPED) folded += String.fromCharCode(code);
  }
  return folded;
}
