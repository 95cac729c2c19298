import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../../core/process/findRepoRoot';
import type { FixtureExpectation } from '../import/generate';
import { expectedFileName } from '../import/generate';
import { stripToneMarkedPinyin } from './importTruth';

/** A hand-made noise fixture of test/fixtures/import, read from disk with its expectation. */
export interface ImportFixture {
  fileName: string;
  bytes: Uint8Array;
  expected: FixtureExpectation;
}

/** A real crawled page of test/fixtures/pages and what a lossless import keeps of it. */
export interface RealPage {
  fileName: string;
  /** The start of the salutation (主送机关) line: the first line of the notice's text. */
  salutation: string;
  /** The signature date line: the last line checked. */
  signatureDate: string;
  /** The signing organisation printed above the date, when the page prints one. */
  issuer: string | null;
  /** The page carries converter pinyin (區(qū)), which the import must drop. */
  pinyin: boolean;
  siteCode: string | null;
}

/** The three real pages: a traditional rendering with pinyin, and two with site chrome. */
export const REAL_PAGES: readonly RealPage[] = [
  {
    fileName: 'anshan-city-2015-0605.txt',
    salutation: '各縣(市)區',
    signatureDate: '2015年6月5日',
    issuer: '鞍山市人民政府辦公廳',
    pinyin: true,
    siteCode: null,
  },
  {
    fileName: 'faku-county-2022-0421.txt',
    salutation: '各镇政府(街道办事处)',
    signatureDate: '2020年4月17日',
    issuer: '法库县人民政府办公室',
    pinyin: false,
    siteCode: '2101240002',
  },
  {
    fileName: 'xunwu-county-2020-0228.txt',
    salutation: '各乡(镇)人民政府',
    signatureDate: '2020年2月28日',
    issuer: null,
    pinyin: false,
    siteCode: null,
  },
];

export function importFixtureDir(): string {
  return join(findRepoRoot(__dirname), 'test', 'fixtures', 'import');
}

export function realPageDir(): string {
  return join(findRepoRoot(__dirname), 'test', 'fixtures', 'pages');
}

/** Every noise fixture with an `.expected.json` beside it, in file-name order. */
export function loadImportFixtures(dir: string = importFixtureDir()): ImportFixture[] {
  return readdirSync(dir)
    .filter((name) => !name.endsWith('.json'))
    .sort()
    .flatMap((fileName) => {
      let expectation: string;
      try {
        expectation = readFileSync(join(dir, expectedFileName(fileName)), 'utf8');
      } catch {
        return [];
      }
      return [
        {
          fileName,
          bytes: new Uint8Array(readFileSync(join(dir, fileName))),
          expected: JSON.parse(expectation) as FixtureExpectation,
        },
      ];
    });
}

/** The bytes of a real page. */
export function readRealPage(page: RealPage, dir: string = realPageDir()): Uint8Array {
  return new Uint8Array(readFileSync(join(dir, page.fileName)));
}

/**
 * The lines of a real page from the salutation through the signature date, trimmed, blank lines
 * dropped, converter pinyin removed: every one must come through as a paragraph, unchanged.
 */
export function realPageLines(page: RealPage, text: string): string[] {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const first = lines.findIndex((line) => line.startsWith(page.salutation));
  const last = lines.lastIndexOf(page.signatureDate);
  if (first < 0 || last < first) {
    throw new Error(`${page.fileName}: salutation or signature date not found`);
  }
  return lines
    .slice(first, last + 1)
    .filter((line) => line !== '')
    .map((line) => (page.pinyin ? stripToneMarkedPinyin(line) : line));
}
