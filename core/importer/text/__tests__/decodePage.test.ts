import * as iconv from 'iconv-lite';
import { decodePage } from '../decodePage';
import { fixtureLines, fixturePage } from './fixturePage';

const gbk = (text: string): Buffer => iconv.encode(text, 'gbk');
const big5 = (text: string): Buffer => iconv.encode(text, 'big5');
const ascii = (text: string): Buffer => Buffer.from(text, 'latin1');
const concat = (...parts: Uint8Array[]): Buffer => Buffer.concat(parts);

/** Deterministic pseudo-random bytes (a linear congruential generator), so failures repeat. */
function randomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const anshan = fixturePage('anshan');
const xunwu = fixturePage('xunwu');
// The faku page has U+00A0, which GBK lacks; GB18030 encodes it.
const faku = fixturePage('faku');
const fakuSentence = fixtureLines('faku')[7];
const anshanSentence = fixtureLines('anshan')[0];

describe('decodePage', () => {
  describe('byte-order marks', () => {
    it('reads UTF-8 after a BOM and drops the BOM from the text', () => {
      const page = decodePage(concat(Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fakuSentence)));
      expect(page).toMatchObject({ text: fakuSentence, encoding: 'UTF-8', from: 'bom' });
      expect(page.confidence).toBe(1);
    });

    it('prefers the BOM over a meta tag', () => {
      const html = '<meta charset="gbk"><p>发布日期:2022-04-21</p>';
      const page = decodePage(concat(Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html)));
      expect(page).toMatchObject({ text: html, encoding: 'UTF-8', from: 'bom' });
    });

    it('reads UTF-16 pages that start with a BOM', () => {
      const le = concat(Buffer.from([0xff, 0xfe]), Buffer.from(fakuSentence, 'utf16le'));
      expect(decodePage(le)).toMatchObject({
        text: fakuSentence,
        encoding: 'UTF-16LE',
        from: 'bom',
      });
      const be = Buffer.from(le).swap16();
      expect(decodePage(be)).toMatchObject({
        text: fakuSentence,
        encoding: 'UTF-16BE',
        from: 'bom',
      });
    });

    it('reads GB18030 after its own BOM', () => {
      const bytes = concat(Buffer.from([0x84, 0x31, 0x95, 0x33]), gbk(fakuSentence));
      expect(decodePage(bytes)).toMatchObject({
        text: fakuSentence,
        encoding: 'GB18030',
        from: 'bom',
      });
    });
  });

  describe('valid UTF-8', () => {
    it('reads the fixture pages as UTF-8', () => {
      for (const text of [anshan, faku, xunwu]) {
        const page = decodePage(Buffer.from(text));
        expect(page).toMatchObject({ text, encoding: 'UTF-8', from: 'valid-utf8', confidence: 1 });
        expect(page.warnings).toEqual([]);
      }
    });

    it('keeps UTF-8 when a gb2312 meta tag says otherwise, with a warning', () => {
      const html =
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">' +
        `</head><body>${faku}</body></html>`;
      const page = decodePage(Buffer.from(html));
      expect(page).toMatchObject({ text: html, encoding: 'UTF-8', from: 'valid-utf8' });
      expect(page.warnings.join()).toMatch(/meta declares GB18030 but the bytes are valid UTF-8/);
    });

    it('keeps UTF-8 when the HTTP header says GBK', () => {
      const page = decodePage(Buffer.from(xunwu), { declaredCharset: 'text/html; charset=GBK' });
      expect(page).toMatchObject({ text: xunwu, encoding: 'UTF-8', from: 'valid-utf8' });
      expect(page.warnings.join()).toMatch(/http declares GB18030/);
    });

    it('forgives a character cut off at the end of the download', () => {
      const bytes = Buffer.from(fakuSentence);
      const page = decodePage(bytes.subarray(0, bytes.length - 1));
      expect(page.encoding).toBe('UTF-8');
      expect(page.text).toBe(fakuSentence.slice(0, -1));
      expect(page.warnings.join()).toMatch(/truncated/);
    });

    it('reads a UTF-8 page with a few stray bytes as UTF-8, replacing them', () => {
      const bytes = concat(
        Buffer.from(xunwu.slice(0, 400)),
        gbk('政府'),
        Buffer.from(xunwu.slice(400, 800)),
      );
      const page = decodePage(bytes);
      expect(page).toMatchObject({ encoding: 'UTF-8', from: 'detected' });
      expect(page.text.startsWith(xunwu.slice(0, 400))).toBe(true);
      expect(page.text).toContain('\ufffd');
      expect(page.warnings.join()).toMatch(/invalid UTF-8/);
    });

    it('does not take two GBK characters that happen to be valid UTF-8 for UTF-8 when GBK is declared', () => {
      // 中文 in GBK is D6 D0 CE C4: valid UTF-8 for "אք".
      const bytes = gbk('中文');
      expect(decodePage(bytes, { declaredCharset: 'gbk' })).toMatchObject({
        text: '中文',
        encoding: 'GB18030',
        from: 'http',
      });
    });

    it('reports pure ASCII in the declared encoding (it reads the same in all of them)', () => {
      const html = '<meta charset="gb2312"><p>2022-04-21</p>';
      expect(decodePage(ascii(html))).toMatchObject({
        text: html,
        encoding: 'GB18030',
        from: 'meta',
      });
      expect(decodePage(ascii('2022-04-21'))).toMatchObject({
        encoding: 'UTF-8',
        from: 'valid-utf8',
      });
    });
  });

  describe('declared charsets', () => {
    it('uses the HTTP charset for GBK bytes', () => {
      const page = decodePage(iconv.encode(faku, 'gb18030'), {
        declaredCharset: 'text/html; charset="GB2312"',
      });
      expect(page).toMatchObject({ text: faku, encoding: 'GB18030', from: 'http' });
      expect(page.confidence).toBeGreaterThanOrEqual(0.9);
      expect(page.warnings).toEqual([]);
    });

    it('accepts a bare label in options', () => {
      expect(decodePage(big5(anshan), { declaredCharset: 'Big5' })).toMatchObject({
        text: anshan,
        encoding: 'BIG5',
        from: 'http',
      });
    });

    it('uses <meta charset> and <meta http-equiv> in the first 4 KB', () => {
      for (const [meta, encode, text, encoding] of [
        ['<meta charset="gbk">', gbk, xunwu, 'GB18030'],
        [
          '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=x-gbk">',
          gbk,
          xunwu,
          'GB18030',
        ],
        ["<meta charset='big5'>", big5, anshan, 'BIG5'],
        [
          '<meta http-equiv="content-type" content="text/html;charset=x-x-big5" />',
          big5,
          anshan,
          'BIG5',
        ],
        ['<?xml version="1.0" encoding="GB18030"?>', gbk, xunwu, 'GB18030'],
      ] as const) {
        const page = decodePage(concat(ascii(meta), encode(text)));
        expect(page).toMatchObject({ text: meta + text, encoding, from: 'meta' });
      }
    });

    it('lets the HTTP header win over the meta tag', () => {
      const bytes = concat(ascii('<meta charset="big5">'), gbk(xunwu));
      expect(decodePage(bytes, { declaredCharset: 'gbk' })).toMatchObject({
        encoding: 'GB18030',
        from: 'http',
      });
    });

    it('ignores a meta tag after the first 4 KB', () => {
      const bytes = concat(gbk(xunwu), ascii('<meta charset="big5">'));
      expect(bytes.indexOf('<meta')).toBeGreaterThan(4096);
      expect(decodePage(bytes)).toMatchObject({ encoding: 'GB18030', from: 'detected' });
    });

    it('goes with the text when a gb2312 meta labels a Big5 page, and warns', () => {
      const bytes = concat(
        ascii('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'),
        big5(anshan),
      );
      const page = decodePage(bytes);
      expect(page.encoding).toBe('BIG5');
      expect(page.from).toBe('detected');
      expect(page.text.endsWith(anshan)).toBe(true);
      expect(page.warnings.join()).toMatch(/meta declares GB18030 but the text reads as BIG5/);
    });

    it('goes with the text when a big5 header labels a GBK page', () => {
      const page = decodePage(gbk(xunwu), { declaredCharset: 'big5' });
      expect(page).toMatchObject({ text: xunwu, encoding: 'GB18030', from: 'detected' });
      expect(page.warnings.join()).toMatch(/http declares BIG5/);
    });

    it('ignores non-Chinese labels (iso-8859-1, windows-1252) with a warning and detects', () => {
      const page = decodePage(gbk(xunwu), { declaredCharset: 'text/html; charset=ISO-8859-1' });
      expect(page).toMatchObject({ text: xunwu, encoding: 'GB18030', from: 'detected' });
      expect(page.warnings.join()).toMatch(/ignored http charset "iso-8859-1"/);
    });

    it('detects when a page declares UTF-8 but is GBK', () => {
      const page = decodePage(concat(ascii('<meta charset="utf-8">'), gbk(xunwu)));
      expect(page.encoding).toBe('GB18030');
      expect(page.warnings.join()).toMatch(/declared UTF-8 \(meta\) but the bytes are not UTF-8/);
    });
  });

  describe('detection', () => {
    it('detects GBK pages and sentences', () => {
      expect(decodePage(iconv.encode(faku, 'gb18030'))).toMatchObject({
        text: faku,
        encoding: 'GB18030',
        from: 'detected',
      });
      expect(decodePage(gbk(xunwu))).toMatchObject({ text: xunwu, encoding: 'GB18030' });
      for (const line of fixtureLines('xunwu').filter((l) => l.length >= 20)) {
        expect(decodePage(gbk(line)).text).toBe(line);
      }
    });

    it('detects Big5 pages and sentences', () => {
      const page = decodePage(big5(anshan));
      expect(page).toMatchObject({ text: anshan, encoding: 'BIG5', from: 'detected' });
      expect(page.confidence).toBeGreaterThan(0.8);
      for (const line of fixtureLines('anshan').filter((l) => l.length >= 20)) {
        expect(decodePage(big5(line))).toMatchObject({ text: line, encoding: 'BIG5' });
      }
      expect(decodePage(big5(anshanSentence)).text).toBe(anshanSentence);
    });

    it('reads a short GBK title as GB18030 even when chardet is unsure', () => {
      const page = decodePage(gbk('法库县人民政府'));
      expect(page).toMatchObject({ text: '法库县人民政府', encoding: 'GB18030' });
      expect(page.confidence).toBeLessThan(0.9);
    });
  });

  describe('odd input', () => {
    it('returns an empty page for an empty buffer', () => {
      expect(decodePage(new Uint8Array(0))).toEqual({
        text: '',
        encoding: 'UTF-8',
        from: 'valid-utf8',
        confidence: 0,
        warnings: ['empty input'],
      });
    });

    it('never throws on random bytes, and says it is unsure', () => {
      for (const [length, seed] of [
        [17, 4],
        [64, 7],
        [4096, 5],
        [50000, 6],
      ]) {
        const page = decodePage(randomBytes(length, seed));
        expect(typeof page.text).toBe('string');
        expect(page.confidence).toBeLessThanOrEqual(0.5);
        expect(page.warnings.length).toBeGreaterThan(0);
      }
      for (let seed = 0; seed < 200; seed++) {
        expect(() => decodePage(randomBytes(seed % 9, seed))).not.toThrow();
      }
    });

    it('never throws on control bytes, lone BOM bytes or a truncated BOM', () => {
      for (const bytes of [
        [0],
        [0xef],
        [0xef, 0xbb],
        [0xff],
        [0xfe, 0xff, 0xd8],
        [0x84, 0x31],
        [0x80, 0x80, 0x80],
      ]) {
        expect(() => decodePage(Uint8Array.from(bytes))).not.toThrow();
      }
    });

    it('reads a view into a larger buffer without the bytes around it', () => {
      const whole = concat(ascii('xxxx'), Buffer.from(fakuSentence), ascii('yyyy'));
      const view = new Uint8Array(whole.buffer, whole.byteOffset + 4, whole.length - 8);
      expect(decodePage(view).text).toBe(fakuSentence);
    });
  });
});
