import * as iconv from 'iconv-lite';
import { Converter } from 'opencc-js';
import type { MojibakeRepair } from '../repairMojibake';
import { repairMojibake } from '../repairMojibake';
import type { FixtureName } from './fixturePage';
import { fixtureLines, fixturePage } from './fixturePage';

const PAGES: FixtureName[] = ['anshan', 'faku', 'xunwu'];

/** Mis-decodings as they happen: text encoded one way and decoded another, by iconv-lite. */
const utf8AsGbk = (text: string): string => iconv.decode(Buffer.from(text, 'utf8'), 'gbk');
const gbkAs = (text: string, as: 'latin1' | 'win1252'): string =>
  iconv.decode(iconv.encode(text, 'gbk'), as);
const utf8As = (text: string, as: 'latin1' | 'win1252'): string =>
  iconv.decode(Buffer.from(text, 'utf8'), as);
const big5AsGbk = (text: string): string => iconv.decode(iconv.encode(text, 'big5'), 'gbk');

/** Lines GBK can encode (the faku footer has a U+00A0). */
const gbkLines = (name: FixtureName): string[] =>
  fixtureLines(name).filter((line) => !line.includes('\u00a0'));

interface Comparison {
  same: number;
  unknown: number;
  wrong: number;
  misaligned: number;
  total: number;
}

/** Character by character, how a repair compares with the original text. */
function compare(lines: string[], damage: (line: string) => string): Comparison {
  const result = { same: 0, unknown: 0, wrong: 0, misaligned: 0, total: 0 };
  for (const line of lines) {
    const repaired = [...repairMojibake(damage(line)).text];
    const original = [...line];
    result.total += original.length;
    if (repaired.length !== original.length) {
      result.misaligned += original.length;
      continue;
    }
    repaired.forEach((char, i) => {
      if (char === original[i]) result.same++;
      else if (char === '\ufffd') result.unknown++;
      else result.wrong++;
    });
  }
  return result;
}

/** Every repair quotes the input at its offset, and the output is the input with the repairs applied. */
function expectConsistent(input: string, repair: MojibakeRepair): void {
  let rebuilt = '';
  let copied = 0;
  for (const entry of repair.repairs) {
    expect(input.slice(entry.offset, entry.offset + entry.from.length)).toBe(entry.from);
    rebuilt += input.slice(copied, entry.offset) + entry.to;
    copied = entry.offset + entry.from.length;
  }
  expect(rebuilt + input.slice(copied)).toBe(repair.text);
  for (const entry of repair.unrecoverable) {
    expect(input.slice(entry.offset, entry.offset + entry.text.length)).toBe(entry.text);
  }
}

describe('repairMojibake', () => {
  describe('the common cases', () => {
    it.each([
      ['鍙戝竷鏃ユ湡', '发布日期', 'UTF8_AS_GBK'],
      ['鏀垮簻', '政府', 'UTF8_AS_GBK'],
      ['·¢²¼ÈÕÆÚ', '发布日期', 'GBK_AS_LATIN1'],
      ['¹ú¼Ò', '国家', 'GBK_AS_LATIN1'],
      // As the brief writes it: the 0x8F of 发 (E5 8F 91), undefined in Windows-1252, dropped.
      ['å‘å¸ƒæ—¥æœŸ', '发布日期', 'UTF8_AS_CP1252'],
    ])('%s → %s', (input, expected, kind) => {
      const result = repairMojibake(input);
      expect(result.text).toBe(expected);
      expect(result.repairs).toEqual([{ from: input, to: expected, kind, offset: 0 }]);
      expect(result.unrecoverable).toEqual([]);
    });

    it('repairs a mis-decoded stretch inside correct text and leaves the rest alone', () => {
      const input = `法库县人民政府 ${utf8AsGbk('发布日期')}:2022-04-21 来源:${gbkAs('法库县人民政府办公室', 'latin1')}`;
      const result = repairMojibake(input);
      expect(result.text).toBe('法库县人民政府 发布日期:2022-04-21 来源:法库县人民政府办公室');
      expect(result.repairs.map((r) => r.kind)).toEqual(['UTF8_AS_GBK', 'GBK_AS_LATIN1']);
      expectConsistent(input, result);
    });
  });

  describe('text that is already correct never changes', () => {
    it.each(PAGES)('the %s fixture page', (name) => {
      const page = fixturePage(name);
      expect(repairMojibake(page)).toEqual({ text: page, repairs: [], unrecoverable: [] });
    });

    it('the fixture pages in a traditional rendering', () => {
      const toTraditional = Converter({ from: 'cn', to: 'tw' });
      for (const name of ['faku', 'xunwu'] as const) {
        const page = toTraditional(fixturePage(name));
        expect(repairMojibake(page).text).toBe(page);
      }
    });

    it.each([
      '2022年4月21日,法库县人民政府办公室发布了《关于加强政府重大政策信息内容建设的意见》(法政办发〔2022〕12号)。',
      'Shenyang Faku County People’s Government, ICP备案:辽ICP备2021012785号-1, tel 024-62313021',
      '温度25°C,面积100m²,误差±0.5%,价格¥100,© 2022 版权所有® ™ €',
      'café, naïve, Müller, Straße, São Paulo, Zürich — “quoted” ‘text’ … • –',
      '××县××乡××村;··········;“……”;——;×××',
      'イベント情報、ソフトウェア、松下(パナソニック)株式会社',
      'α、β、γ射线;αβγδ;Москва и Пекин;ΑΒΓ',
      'ＡＢＣＤ公司,１２３４５,①②③,㈠㈡,〔2015〕,［2016］,【通知】',
      '鞍山市人民政府辦公廳關於加強政府網站信息內容建設的實施意見',
      'ā á ǎ à ē é ě è ō ó ǒ ò ü ǘ ǚ ǜ',
      '王家屯、烫伤、锟铻山',
      '',
    ])('%s', (text) => {
      expect(repairMojibake(text)).toEqual({ text, repairs: [], unrecoverable: [] });
    });

    it('random sentences of dictionary words, rare characters included, simplified and traditional', () => {
      const toTraditional = Converter({ from: 'cn', to: 'tw' });
      const words = [...new Set(fixturePage('xunwu').match(/\p{Script=Han}{2,4}/gu))];
      // Rare and odd characters that the fixtures lack, to tempt every decoder.
      words.push('潸潸', '犇羴', '鍙戝', '垮簻', '甯傛', '龘', '靐', '齉', '𠮷', '鍗', '浣');
      let state = 7;
      const pick = (): string => {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        return words[state % words.length];
      };
      for (let line = 0; line < 200; line++) {
        const text = Array.from({ length: 20 }, (_, i) => pick() + (i % 5 === 4 ? ',' : '')).join(
          '',
        );
        expect(repairMojibake(text).text).toBe(text);
        const traditional = toTraditional(text);
        expect(repairMojibake(traditional).text).toBe(traditional);
      }
    });
  });

  describe('mojibake made from the fixture pages', () => {
    it('GBK read as Latin-1 or Windows-1252 comes back exactly', () => {
      for (const name of PAGES) {
        for (const line of gbkLines(name)) {
          expect(repairMojibake(gbkAs(line, 'latin1')).text).toBe(line);
          expect(repairMojibake(gbkAs(line, 'win1252')).text).toBe(line);
        }
      }
    });

    it('UTF-8 read as Latin-1 comes back exactly', () => {
      for (const name of PAGES) {
        for (const line of fixtureLines(name))
          expect(repairMojibake(utf8As(line, 'latin1')).text).toBe(line);
      }
    });

    it('Big5 read as GBK comes back exactly (the traditional anshan page)', () => {
      for (const line of fixtureLines('anshan')) {
        const damaged = big5AsGbk(line);
        const result = repairMojibake(damaged);
        expect(result.text).toBe(line);
        expect(result.repairs.every((r) => r.kind === 'BIG5_AS_GBK')).toBe(true);
        expectConsistent(damaged, result);
      }
    });

    it.each([
      ['anshan', 0.93],
      ['faku', 0.93],
      ['xunwu', 0.93],
    ] as const)('UTF-8 read as GBK (%s): nearly nothing is guessed wrong', (name, recovered) => {
      const result = compare(fixtureLines(name), utf8AsGbk);
      // Where a stretch of UTF-8 has an odd length, GBK pairs its last byte with the ASCII after
      // it, fails, and drops it: that character is guessed from jieba's dictionary or shown as
      // U+FFFD. A line stays damaged when all its stretches are that short (2015骞�6鏈�5鏃�).
      expect(result.same / result.total).toBeGreaterThan(recovered);
      expect(result.wrong).toBeLessThanOrEqual(result.total * 0.001);
      expect(result.misaligned).toBeLessThanOrEqual(result.total * 0.05);
    });

    it.each(PAGES)(
      'UTF-8 read as Windows-1252 (%s): undefined bytes are guessed or left as U+FFFD',
      (name) => {
        const result = compare(fixtureLines(name), (line) => utf8As(line, 'win1252'));
        expect(result.same / result.total).toBeGreaterThan(0.9);
        expect(result.wrong).toBeLessThanOrEqual(result.total * 0.001);
        expect(result.misaligned).toBe(0);
      },
    );

    it('reports every character it could not settle, at its place in the input', () => {
      const line = fixtureLines('xunwu')[3];
      const damaged = utf8As(line, 'win1252');
      const result = repairMojibake(damaged);
      expectConsistent(damaged, result);
      const left = [...result.text].filter((c) => c === '\ufffd').length;
      const lost = result.unrecoverable.filter((u) => u.reason === 'LOST_BYTE_AMBIGUOUS');
      expect(lost.length).toBe(left);
      for (const entry of lost) expect(entry.text).toMatch(/\ufffd/);
    });

    it('repairs whole damaged pages and keeps the line structure', () => {
      const page = fixturePage('xunwu');
      const damaged = gbkAs(page, 'latin1');
      const result = repairMojibake(damaged);
      expect(result.text).toBe(page);
      expectConsistent(damaged, result);
      const utf8Damaged = utf8AsGbk(page);
      const utf8Result = repairMojibake(utf8Damaged);
      expectConsistent(utf8Damaged, utf8Result);
      expect(utf8Result.text.split('\n').length).toBe(page.split('\n').length);
    });

    it('an ambiguous lost byte is settled by its neighbours when the dictionary is clear', () => {
      // 息 = E6 81 AF: 0x81 is undefined in Windows-1252. 信杯 or 信息? 信息.
      const result = repairMojibake(utf8As('政府信息公开', 'win1252'));
      expect(result.text).toBe('政府信息公开');
      expect(result.unrecoverable).toEqual([]);
    });
  });

  describe('unrecoverable damage is left in place and reported', () => {
    it.each([
      ['发布日期:锟斤拷锟斤拷2022', '锟斤拷锟斤拷', 'UTF8_REPLACEMENT_READ_AS_GBK'],
      ['标题烫烫烫烫烫烫', '烫烫烫烫烫烫', 'UNINITIALISED_STACK_0xCC'],
      ['正文屯屯屯屯', '屯屯屯屯', 'UNINITIALISED_HEAP_0xCD'],
      ['法库县\ufffd\ufffd政府', '\ufffd\ufffd', 'REPLACEMENT_CHARACTER'],
      ['关于印发???的通知', '???', 'UNENCODABLE_AS_QUESTION_MARKS'],
    ])('%s', (input, text, reason) => {
      const result = repairMojibake(input);
      expect(result.text).toBe(input);
      expect(result.repairs).toEqual([]);
      expect(result.unrecoverable).toEqual([{ text, offset: input.indexOf(text), reason }]);
    });

    it('GBK read as UTF-8 has lost its bytes: nothing to repair, every U+FFFD run reported', () => {
      const line = fixtureLines('faku')[7];
      const damaged = new TextDecoder('utf-8').decode(iconv.encode(line, 'gbk'));
      const result = repairMojibake(damaged);
      expect(result.text).toBe(damaged);
      const reported = result.unrecoverable.map((u) => u.text).join('');
      expect(reported).toBe([...damaged].filter((c) => c === '\ufffd').join(''));
    });

    it('reports what is left between two repairs when a character lost two bytes', () => {
      // 提 = E6 8F 90: both continuation bytes are undefined in Windows-1252 and dropped here.
      const damaged = utf8As('工作提高效率', 'win1252').replace(/\ufffd/g, '');
      const result = repairMojibake(damaged);
      expect(result.text).toBe('工作æ高效率');
      expect(result.unrecoverable).toEqual([
        { text: 'æ', offset: damaged.indexOf('æ'), reason: 'UNDECODABLE_BYTES' },
      ]);
    });
  });
});
