import iconv from 'iconv-lite';
import type { PageEncoding } from './pageTypes';

const ICONV_NAMES: Readonly<Record<PageEncoding, string>> = {
  'UTF-8': 'utf8',
  GB18030: 'gb18030',
  BIG5: 'big5',
};

/** The page's bytes in its encoding; UTF-8 may start with a byte-order mark (Windows editors). */
export function encodePage(text: string, encoding: PageEncoding, bom = false): Uint8Array {
  return iconv.encode(text, ICONV_NAMES[encoding], { addBOM: bom && encoding === 'UTF-8' });
}

/** Decodes bytes the generator wrote (tests and tools). */
export function decodePage(bytes: Uint8Array, encoding: PageEncoding): string {
  return iconv.decode(Buffer.from(bytes), ICONV_NAMES[encoding]);
}
