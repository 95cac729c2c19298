import * as iconv from 'iconv-lite';

/** A byte that a Windows-1252 decoder turned into U+FFFD: one of its five undefined bytes. */
export const HOLE = -1;

/**
 * A byte that a GBK decoder turned into U+FFFD: in UTF-8 read as GBK, the last byte of an
 * odd-length stretch, which could not pair with the ASCII after it, so any continuation byte.
 */
export const LOST_CONTINUATION = -2;

/** The five bytes Windows-1252 leaves undefined, all UTF-8 continuation bytes. */
export const CP1252_UNDEFINED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

/**
 * `€` read as GBK: Windows code page 936 decodes the single byte 0x80 to it, GB18030 the pair
 * A2 E3 (iconv-lite does both). Which one it was depends on the bytes around it; see
 * `sourceRuns`.
 */
export const EURO = -3;

let cp1252: Map<number, number> | null = null;
const gbk = new Map<number, readonly number[] | null>();

/**
 * The byte a character stood for when bytes were read as Latin-1 or Windows-1252: U+0000–U+00FF
 * for themselves (C1 controls included, which is what Latin-1 and browsers' 1252 leave for
 * 0x80–0x9F), the 27 Windows-1252 punctuation marks (“ ” ‘ ’ € … — and the like) for their
 * bytes 0x80–0x9F, U+FFFD for a lost undefined byte (HOLE). Null for any other character.
 */
export function latinByteOf(code: number): number | null {
  if (code <= 0xff) return code;
  if (code === 0xfffd) return HOLE;
  cp1252 ??= buildCp1252();
  return cp1252.get(code) ?? null;
}

function buildCp1252(): Map<number, number> {
  const map = new Map<number, number>();
  for (let byte = 0x80; byte <= 0x9f; byte++) {
    const code = iconv.decode(Buffer.from([byte]), 'win1252').codePointAt(0) ?? 0xfffd;
    if (code !== 0xfffd && code !== byte) map.set(code, byte);
  }
  return map;
}

/**
 * The bytes a character stood for when bytes were read as GBK/GB18030: its GB18030 encoding
 * (one byte for ASCII, two for GBK, four for the rest), `€` as EURO. U+FFFD stands for a lost continuation byte (LOST_CONTINUATION). Null for anything the encoder
 * cannot encode.
 */
export function gbkBytesOf(code: number): readonly number[] | null {
  if (code < 0x80) return [code];
  if (code === 0xfffd) return [LOST_CONTINUATION];
  const cached = gbk.get(code);
  if (cached !== undefined) return cached;
  const bytes = code === 0x20ac ? [EURO] : encodeGbk(code);
  gbk.set(code, bytes);
  return bytes;
}

function encodeGbk(code: number): readonly number[] | null {
  if (code === 0xfffd || (code >= 0xd800 && code <= 0xdfff)) return null;
  const char = String.fromCodePoint(code);
  const bytes = [...iconv.encode(char, 'gb18030')];
  // The encoder writes '?' for what it cannot encode; only a round trip proves a real mapping.
  if (iconv.decode(Buffer.from(bytes), 'gb18030') !== char) return null;
  return bytes;
}
