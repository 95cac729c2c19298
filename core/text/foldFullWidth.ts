const FULL_WIDTH_FIRST = 0xff01; // ！
const FULL_WIDTH_LAST = 0xff5e; // ～
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/**
 * Folds full-width ASCII (０-９, Ａ-Ｚ, ［］, （）, ／, －, …) and the ideographic space to their
 * ASCII forms, one UTF-16 unit for one, so offsets into the folded text are offsets into the
 * input. Chinese input methods produce these forms, and sites print numbers both ways.
 *
 * Deliberately not NFKC: that also rewrites enclosed numerals (①, ㈠) and compatibility
 * ideographs, which would change text that is not a number.
 */
export function foldFullWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) {
      out += String.fromCharCode(code - FULL_WIDTH_OFFSET);
    } else if (code === IDEOGRAPHIC_SPACE) {
      out += ' ';
    } else {
      out += text[i];
    }
  }
  return out;
}
