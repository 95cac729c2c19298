import * as iconv from 'iconv-lite';
import type { PageEncoding } from './charsetLabel';
import { charsetLabel, encodingFromLabel } from './charsetLabel';
import { decodeDeclared, decodeDetected } from './decodeChinese';
import type { DecodedPage, DecodePageOptions, Declaration } from './decodedPage';
import { decodeAs, stripBom } from './decodedPage';
import { findMetaCharset } from './findMetaCharset';
import { readUtf8Page } from './readUtf8Page';

/**
 * Decodes the bytes of a crawled page. Order: a byte-order mark; bytes that are valid UTF-8 with
 * non-ASCII content (a GBK or Big5 page of any length is practically never valid UTF-8, so this
 * beats a wrong meta tag); the charset of the HTTP header, then of a meta tag in the first 4 KB;
 * else chardet's choice between GB18030 and Big5. A declaration that the decoded text contradicts
 * (many rare, kana, private-use characters while the other Chinese encoding reads as ordinary
 * Chinese) loses to the detector, with a warning. Never throws: odd input gives the best text
 * it can, with warnings.
 */
export function decodePage(bytes: Uint8Array, options: DecodePageOptions = {}): DecodedPage {
  try {
    return decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), options);
  } catch (error) {
    // Defensive: no decoder here is known to throw, but a page must never stop an import.
    return {
      text: stripBom(new TextDecoder('utf-8').decode(bytes)),
      encoding: 'UTF-8',
      from: 'detected',
      confidence: 0,
      warnings: [`decoding failed (${String(error)}); read as UTF-8 with replacements`],
    };
  }
}

function decode(bytes: Buffer, options: DecodePageOptions): DecodedPage {
  const warnings: string[] = [];
  if (bytes.length === 0) {
    return {
      text: '',
      encoding: 'UTF-8',
      from: 'valid-utf8',
      confidence: 0,
      warnings: ['empty input'],
    };
  }
  const bom = fromBom(bytes);
  if (bom) return bom;

  const declared = declaration(bytes, options, warnings);
  const utf8 = readUtf8Page(bytes, declared, warnings);
  if (utf8) return utf8;

  const candidates = {
    GB18030: decodeAs(bytes, 'GB18030'),
    BIG5: decodeAs(bytes, 'BIG5'),
  };
  if (declared && declared.encoding !== 'UTF-8') {
    return decodeDeclared(bytes, declared.encoding, declared.from, candidates, warnings);
  }
  if (declared) warnings.push(`declared UTF-8 (${declared.from}) but the bytes are not UTF-8`);
  return decodeDetected(bytes, candidates, warnings);
}

function fromBom(bytes: Buffer): DecodedPage | null {
  const starts = (...prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);
  const page = (text: string, encoding: PageEncoding): DecodedPage => ({
    text: stripBom(text),
    encoding,
    from: 'bom',
    confidence: 1,
    warnings: [],
  });
  if (starts(0xef, 0xbb, 0xbf)) return page(new TextDecoder('utf-8').decode(bytes), 'UTF-8');
  if (starts(0xff, 0xfe)) return page(new TextDecoder('utf-16le').decode(bytes), 'UTF-16LE');
  if (starts(0xfe, 0xff)) return page(new TextDecoder('utf-16be').decode(bytes), 'UTF-16BE');
  if (starts(0x84, 0x31, 0x95, 0x33)) return page(iconv.decode(bytes, 'gb18030'), 'GB18030');
  return null;
}

function declaration(
  bytes: Buffer,
  options: DecodePageOptions,
  warnings: string[],
): Declaration | null {
  const sources: [string | null | undefined, 'http' | 'meta'][] = [
    [options.declaredCharset, 'http'],
    [findMetaCharset(bytes), 'meta'],
  ];
  for (const [value, from] of sources) {
    const label = charsetLabel(value);
    if (label === null) continue;
    const encoding = encodingFromLabel(label);
    if (encoding) return { encoding, from };
    warnings.push(`ignored ${from} charset "${label}": not a Chinese page encoding`);
  }
  return null;
}
