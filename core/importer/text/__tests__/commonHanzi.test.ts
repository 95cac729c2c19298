import * as iconv from 'iconv-lite';
import { chineseScore } from '../chineseScore';
import { isCommonHanzi, isHan } from '../commonHanzi';
import { fixturePage } from './fixturePage';

const code = (char: string): number => char.codePointAt(0) ?? 0;

describe('isCommonHanzi', () => {
  it('holds GB2312 level 1 and the traditional forms of its characters', () => {
    for (const char of '的一是政府网站发布日期法库寻乌鞍山')
      expect(isCommonHanzi(code(char))).toBe(true);
    for (const char of '網發佈區縣鄉鎮遼寧關於辦廳') expect(isCommonHanzi(code(char))).toBe(true);
  });

  it('leaves out rare characters and what mojibake is made of', () => {
    for (const char of '鍙戝竷鏃湡鏀簻潸犇龘ユ€a1，') expect(isCommonHanzi(code(char))).toBe(false);
  });

  it('holds all 3,755 level-1 characters and next to none of level 2', () => {
    const decode = (firstLead: number, lastLead: number): string[] => {
      const bytes: number[] = [];
      for (let lead = firstLead; lead <= lastLead; lead++) {
        for (let trail = 0xa1; trail <= 0xfe; trail++) bytes.push(lead, trail);
      }
      return [...iconv.decode(Buffer.from(bytes), 'gb2312')].filter((char) => isHan(code(char)));
    };
    const level1 = decode(0xb0, 0xd7);
    expect(level1.length).toBe(3755);
    expect(level1.every((char) => isCommonHanzi(code(char)))).toBe(true);
    // Level 2 holds a few characters that double as traditional forms (乾 for 干).
    const level2 = decode(0xd8, 0xf7);
    expect(level2.filter((char) => isCommonHanzi(code(char))).length).toBeLessThan(30);
  });
});

describe('isHan', () => {
  it('is true for ideographs in any block and false for the rest', () => {
    expect(['中', '㐀', '𠮷', '〇'].map((c) => isHan(code(c)))).toEqual([true, true, true, true]);
    expect(['a', 'ア', '，', '①'].map((c) => isHan(code(c)))).toEqual([false, false, false, false]);
  });
});

describe('chineseScore', () => {
  it('scores correct pages near 1 and their mis-decodings low', () => {
    for (const name of ['anshan', 'faku', 'xunwu'] as const) {
      const page = fixturePage(name);
      expect(chineseScore(page).share).toBeGreaterThan(0.9);
      expect(chineseScore(iconv.decode(Buffer.from(page), 'gbk')).share).toBeLessThan(0.3);
      expect(chineseScore(iconv.decode(iconv.encode(page, 'gb18030'), 'big5')).share).toBeLessThan(
        0.5,
      );
    }
  });

  it('ignores ASCII, spaces and punctuation, and counts broken characters', () => {
    expect(chineseScore('abc 123,。“”')).toEqual({
      judged: 0,
      han: 0,
      common: 0,
      broken: 0,
      share: 0,
    });
    expect(chineseScore('政府\ufffd\ue000')).toEqual({
      judged: 4,
      han: 2,
      common: 2,
      broken: 2,
      share: 0.5,
    });
  });
});
