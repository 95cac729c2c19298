import * as iconv from 'iconv-lite';
import type { PageEncoding } from './charsetLabel';
import type { ChineseScore } from './chineseScore';
import { chineseScore } from './chineseScore';

export interface DecodedPage {
  /** The page text, without a leading byte-order mark. */
  text: string;
  encoding: PageEncoding;
  /** What decided the encoding. */
  from: 'bom' | 'valid-utf8' | 'http' | 'meta' | 'detected';
  /** 0–1. */
  confidence: number;
  warnings: string[];
}

export interface DecodePageOptions {
  /** The charset from the HTTP Content-Type header: a bare label or the whole header value. */
  declaredCharset?: string | null;
}

/** The two Chinese multi-byte encodings a page can be in. */
export type ChineseEncoding = 'GB18030' | 'BIG5';

/** The encoding a page declares in its HTTP header or a meta tag. */
export interface Declaration {
  encoding: 'UTF-8' | ChineseEncoding;
  from: 'http' | 'meta';
}

/** The bytes decoded in one Chinese encoding, with how Chinese the result looks. */
export interface Candidate {
  text: string;
  score: ChineseScore;
}

export function decodeAs(bytes: Buffer, encoding: ChineseEncoding): Candidate {
  const text = stripBom(iconv.decode(bytes, encoding === 'GB18030' ? 'gb18030' : 'big5'));
  return { text, score: chineseScore(text) };
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
