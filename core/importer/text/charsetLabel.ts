/**
 * The encodings a crawled Chinese government page is read in. The UTF-16 forms are only ever
 * taken from a byte-order mark; no label or detector choice leads to them.
 */
export type PageEncoding = 'UTF-8' | 'GB18030' | 'BIG5' | 'UTF-16LE' | 'UTF-16BE';

const GB_LABELS = new Set([
  'gb2312',
  'gbk',
  'gb18030',
  'x-gbk',
  'cp936',
  'ms936',
  'windows-936',
  'euc-cn',
  'x-euc-cn',
  'csgb2312',
  'chinese',
  'iso-ir-58',
  'csiso58gb231280',
  'gb_2312',
  'gb_2312-80',
]);
const BIG5_LABELS = new Set([
  'big5',
  'big-5',
  'big5-hkscs',
  'big5hkscs',
  'x-x-big5',
  'x-big5',
  'cn-big5',
  'csbig5',
  'cp950',
  'ms950',
  'windows-950',
]);
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'x-unicode20utf8']);

/**
 * The page encoding a charset label names: every GB label decodes as GB18030 (a superset of
 * GB2312 and GBK, so a page mislabelled gb2312 that uses GBK characters still decodes), every
 * Big5 label as Big5-HKSCS (iconv-lite's `big5`, a superset of plain Big5). Accepts a bare label
 * or a whole Content-Type value (`text/html; charset="GBK"`). Null for anything else.
 */
export function encodingFromLabel(
  value: string | null | undefined,
): 'UTF-8' | 'GB18030' | 'BIG5' | null {
  const label = charsetLabel(value);
  if (label === null) return null;
  if (GB_LABELS.has(label)) return 'GB18030';
  if (BIG5_LABELS.has(label)) return 'BIG5';
  if (UTF8_LABELS.has(label)) return 'UTF-8';
  return null;
}

/** The lower-case charset label in a bare label or a Content-Type value, null when there is none. */
export function charsetLabel(value: string | null | undefined): string | null {
  if (!value) return null;
  const param = /charset\s*=\s*["']?\s*([^"';\s]+)/i.exec(value);
  const label = (param ? param[1] : value).trim().replace(/^["']|["']$/g, '');
  if (label === '' || /[\s;=/]/.test(label)) return null;
  return label.toLowerCase();
}
