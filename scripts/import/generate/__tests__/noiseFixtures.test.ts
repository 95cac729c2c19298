import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { findRepoRoot } from '../../../../core/process/findRepoRoot';
import type { FixtureExpectation } from '../fixturePage';
import { expectedFileName, noiseFixtures } from '../writeNoiseFixtures';
import { decodeVisible, hasPinyin, truthProblemsIn, withoutPinyin } from './visibleText';

const dir = join(findRepoRoot(__dirname), 'test', 'fixtures', 'import');
const fixtures = noiseFixtures();
const names = [
  'hidden-spam-links.html', 'gbk-notice.html', 'big5-notice.html', 'big5-notice.txt',
  'pinyin-annotated.txt', 'spam-head-tail.html', 'spider-pool.html', 'link-farm.html',
  'spam-page.html', 'clean-tricky.html', 'mojibake-utf8-as-gbk.txt', 'utf8-declared-gb2312.html',
]; // prettier-ignore

function committed(fileName: string): { bytes: Buffer; expected: FixtureExpectation } {
  return {
    bytes: readFileSync(join(dir, fileName)),
    expected: JSON.parse(
      readFileSync(join(dir, expectedFileName(fileName)), 'utf8'),
    ) as FixtureExpectation,
  };
}

describe('noise fixtures (test/fixtures/import)', () => {
  it('are all there, each with its .expected.json, and nothing else', () => {
    expect(fixtures.map((fixture) => fixture.fileName).sort()).toEqual([...names].sort());
    expect(readdirSync(dir).sort()).toEqual(
      names.flatMap((name) => [name, expectedFileName(name)]).sort(),
    );
  });

  it.each(names.map((name) => [name]))('%s is what writeNoiseFixtures writes', (name: string) => {
    const fixture = fixtures.find((candidate) => candidate.fileName === name);
    const { bytes, expected } = committed(name);
    expect(fixture && bytes.equals(Buffer.from(fixture.bytes))).toBe(true);
    expect(expected).toEqual(fixture?.expected);
  });

  it.each(names.map((name) => [name]))('%s shows its truth', (name: string) => {
    const { bytes, expected } = committed(name);
    const visible = decodeVisible(bytes, expected.encoding, expected.format);
    if (expected.repairable) {
      // Mis-decoded lines: shown garbled, and GBK-encoding then UTF-8-decoding gives them back.
      for (const { shown, text } of expected.repairable) {
        expect(visible).toContain(shown);
        expect(iconv.decode(iconv.encode(shown, 'gbk'), 'utf8')).toBe(text);
      }
      const repaired = expected.repairable.reduce(
        (page, { shown, text }) => page.replace(shown, text),
        visible,
      );
      expect(truthProblemsIn(name, repaired, expected)).toEqual([]);
      expect(
        expected.unrepairable?.every((line) => line.includes('\uFFFD') && visible.includes(line)),
      ).toBe(true);
      return;
    }
    expect(hasPinyin(visible)).toBe(expected.pinyin);
    expect(truthProblemsIn(name, withoutPinyin(visible), expected)).toEqual([]);
    const declared = /<meta[^>]*charset=["']?([\w-]+)/i.exec(bytes.toString('latin1'))?.[1] ?? null;
    expect(declared?.toLowerCase() ?? null).toBe(expected.declaredCharset);
  });

  it('keeps the legitimately tricky page clean and the spam page quarantined', () => {
    const tricky = committed('clean-tricky.html').expected;
    expect(tricky.spam).toEqual([]);
    const body = tricky.paragraphs.join('\n');
    for (const word of [
      '扫黄打非',
      '体育彩票',
      '跨境赌博',
      '棋牌',
      '5G',
      'GDP',
      'gov.cn',
      '代开发票',
      '办证',
      '刷单',
      '(市)',
      '163.com',
    ]) {
      expect(body).toContain(word);
    }
    const spamPage = committed('spam-page.html').expected;
    expect(spamPage.quarantine).toBe(true);
    expect(spamPage.paragraphs).toEqual([]);
    for (const name of names.filter((candidate) => candidate !== 'spam-page.html')) {
      expect(committed(name).expected.quarantine).toBe(false);
    }
  });

  it('keeps the Big5 and GB pages out of UTF-8', () => {
    for (const name of ['gbk-notice.html', 'big5-notice.html', 'big5-notice.txt']) {
      const { bytes } = committed(name);
      expect(bytes.toString('utf8')).toContain('\uFFFD');
    }
    expect(committed('utf8-declared-gb2312.html').bytes.toString('utf8')).not.toContain('\uFFFD');
  });
});
