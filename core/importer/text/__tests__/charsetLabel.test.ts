import { charsetLabel, encodingFromLabel } from '../charsetLabel';
import { findMetaCharset } from '../findMetaCharset';

describe('encodingFromLabel', () => {
  it.each([
    ['gb2312', 'GB18030'],
    ['GBK', 'GB18030'],
    ['gb18030', 'GB18030'],
    ['x-gbk', 'GB18030'],
    ['text/html; charset=gb2312', 'GB18030'],
    ['text/html;charset="GBK"', 'GB18030'],
    ['big5', 'BIG5'],
    ['Big5-HKSCS', 'BIG5'],
    ['x-x-big5', 'BIG5'],
    ['utf-8', 'UTF-8'],
    ['UTF8', 'UTF-8'],
    ['iso-8859-1', null],
    ['shift_jis', null],
    ['text/html', null],
    ['', null],
    [null, null],
  ] as const)('%s → %s', (label, encoding) => {
    expect(encodingFromLabel(label)).toBe(encoding);
  });

  it('reads the label out of a Content-Type value', () => {
    expect(charsetLabel("text/html; charset='Big5'; foo=bar")).toBe('big5');
    expect(charsetLabel('text/html')).toBeNull();
  });
});

describe('findMetaCharset', () => {
  const bytes = (text: string): Uint8Array => Buffer.from(text, 'latin1');

  it.each([
    ['<meta charset="GB2312">', 'gb2312'],
    ['<meta charset=gbk />', 'gbk'],
    ['<META http-equiv="Content-Type" content="text/html; charset=big5">', 'big5'],
    ['<meta content="text/html;charset=x-gbk" http-equiv="content-type">', 'x-gbk'],
    ['<?xml version="1.0" encoding="GB18030"?><html>', 'gb18030'],
    ['<html><head><title>无</title></head>', null],
  ])('%s → %s', (html, label) => {
    expect(findMetaCharset(bytes(html))).toBe(label);
  });

  it('looks only at the first 4 KB', () => {
    expect(findMetaCharset(bytes(`${' '.repeat(4096)}<meta charset="gbk">`))).toBeNull();
  });
});
