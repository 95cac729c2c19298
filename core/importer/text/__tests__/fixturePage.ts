import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type FixtureName = 'anshan' | 'faku' | 'xunwu';

const FILES: Record<FixtureName, string> = {
  anshan: 'anshan-city-2015-0605.txt',
  faku: 'faku-county-2022-0421.txt',
  xunwu: 'xunwu-county-2020-0228.txt',
};

/** A crawled page from test/fixtures/pages, as UTF-8 text. */
export function fixturePage(name: FixtureName): string {
  return readFileSync(join(__dirname, '../../../../test/fixtures/pages', FILES[name]), 'utf8');
}

/** The page's lines that contain Chinese. */
export function fixtureLines(name: FixtureName): string[] {
  return fixturePage(name)
    .split('\n')
    .filter((line) => /\p{Script=Han}/u.test(line));
}
