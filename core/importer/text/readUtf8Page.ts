import type { DecodedPage, Declaration } from './decodedPage';
import { decodeAs, stripBom } from './decodedPage';

/** Multi-byte characters a page needs before a few invalid UTF-8 bytes are forgiven. */
const MIN_UTF8_CHARS = 20;

/**
 * The page as UTF-8 when its bytes are UTF-8: valid (whatever was declared, since a GBK or Big5
 * page is practically never valid UTF-8), valid but cut off mid-character at the end, or valid
 * but for a few stray bytes among many characters. Null when the bytes are not UTF-8.
 */
export function readUtf8Page(
  bytes: Buffer,
  declared: Declaration | null,
  warnings: string[],
): DecodedPage | null {
  const strict = strictUtf8(bytes);
  if (strict !== null) {
    const nonAscii = countNonAscii(strict);
    if (nonAscii === 0) {
      // Pure ASCII reads the same in every candidate encoding; report what the page said.
      const encoding = declared?.encoding ?? 'UTF-8';
      const from = declared?.from ?? 'valid-utf8';
      return { text: stripBom(strict), encoding, from, confidence: 1, warnings };
    }
    const chinese = declared && declared.encoding !== 'UTF-8' ? declared.encoding : null;
    if (chinese && !/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(strict)) {
      // A few bytes can be valid UTF-8 by chance (GBK 中文 = D6D0 CEC4 reads as "אք"): with no
      // Chinese at all in the UTF-8 reading, a declared Chinese encoding that reads as Chinese wins.
      const alternative = decodeAs(bytes, chinese);
      if (alternative.score.han >= 2 && alternative.score.share >= 0.9) {
        warnings.push(`bytes are valid UTF-8 but read as Chinese only as ${chinese}`);
        return {
          text: alternative.text,
          encoding: chinese,
          from: declared?.from ?? 'meta',
          confidence: 0.6,
          warnings,
        };
      }
    }
    if (declared && declared.encoding !== 'UTF-8') {
      warnings.push(`${declared.from} declares ${declared.encoding} but the bytes are valid UTF-8`);
    }
    return {
      text: stripBom(strict),
      encoding: 'UTF-8',
      from: 'valid-utf8',
      confidence: nonAscii >= MIN_UTF8_CHARS ? 1 : 0.9,
      warnings,
    };
  }
  const truncated = truncatedUtf8(bytes);
  if (truncated !== null) {
    warnings.push('the page ends in the middle of a UTF-8 character (truncated download?)');
    return {
      text: stripBom(truncated),
      encoding: 'UTF-8',
      from: 'valid-utf8',
      confidence: 0.95,
      warnings,
    };
  }
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const replaced = countReplacements(lenient);
  const good = countNonAscii(lenient) - replaced;
  if (good >= MIN_UTF8_CHARS && replaced <= good * 0.02) {
    warnings.push(`${replaced} invalid UTF-8 sequence(s) replaced by U+FFFD`);
    return {
      text: stripBom(lenient),
      encoding: 'UTF-8',
      from: 'detected',
      confidence: 0.8,
      warnings,
    };
  }
  return null;
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true });

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return null;
  }
}

/** The text when the bytes are valid UTF-8 except for a character cut off at the very end. */
function truncatedUtf8(bytes: Uint8Array): string | null {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const lead = bytes[bytes.length - back];
    if (lead >= 0x80 && lead < 0xc0) continue;
    const needs = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (needs <= back) return null;
    const head = strictUtf8(bytes.subarray(0, bytes.length - back));
    return head !== null && countNonAscii(head) > 0 ? head : null;
  }
  return null;
}

function countNonAscii(text: string): number {
  let count = 0;
  for (const char of text) if ((char.codePointAt(0) ?? 0) > 0x7f) count++;
  return count;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) count++;
  return count;
}
