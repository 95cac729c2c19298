const PRESCAN_BYTES = 4096;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']/i;

/**
 * The charset label a page declares in its first 4 KB: `<meta charset="gbk">`,
 * `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, or an XML
 * declaration's encoding. Labels are ASCII in every encoding these pages use, so the bytes are
 * read as Latin-1 for the scan. Null when there is none.
 */
export function findMetaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES));
  const text = head.toString('latin1');
  const match = META_CHARSET.exec(text) ?? XML_ENCODING.exec(text);
  return match ? match[1].toLowerCase() : null;
}
