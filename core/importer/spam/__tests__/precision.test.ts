import { readFileSync } from 'fs';
import { join } from 'path';
import { htmlToBlocks, textToBlocks } from '../../blocks';
import type { PageBlock } from '../../pageBlock';
import { checkNoticeSpam } from '../checkNoticeSpam';
import { detectSpam } from '../detectSpam';
import { findSpamInText } from '../findSpamInText';
import { CLEAN_PAGES, LEGIT_SENTENCES } from './cleanPages';

const PAGES = join(__dirname, '../../../../test/fixtures/pages');
const FIXTURES = ['anshan-city-2015-0605', 'faku-county-2022-0421', 'xunwu-county-2020-0228'];

function paragraph(text: string, index = 0): PageBlock {
  return {
    index,
    text,
    tag: 'p',
    path: 'body>p',
    hidden: false,
    hiddenReason: null,
    links: [],
    paragraphStart: true,
  };
}

/** Removals of text a visitor sees: on clean pages there must be none. */
function visibleRemovals(blocks: readonly PageBlock[], siteDomains: string[] = []): unknown[] {
  const report = detectSpam(blocks, { siteDomains });
  const hidden = new Set(blocks.filter((b) => b.hidden).map((b) => b.index));
  expect(report.partialCleanups).toEqual([]);
  expect(report.verdict).toMatchObject({ quarantined: false, reasons: [], spamShare: 0 });
  expect(report.spamBlockIndexes.every((index) => hidden.has(index))).toBe(true);
  return report.removals.filter((removal) => !hidden.has(removal.blockIndex));
}

describe('spam precision on clean pages', () => {
  it.each(FIXTURES)('removes nothing from the crawled fixture page %s', (name) => {
    const blocks = textToBlocks(readFileSync(join(PAGES, `${name}.txt`), 'utf8'));
    expect(visibleRemovals(blocks)).toEqual([]);
    expect(detectSpam(blocks).removals).toEqual([]);
  });

  it.each(Object.keys(CLEAN_PAGES))(
    'removes no visible text from the clean government page %s',
    (name) => {
      const page = htmlToBlocks(CLEAN_PAGES[name]);
      expect(visibleRemovals(page.blocks, ['faku.gov.cn'])).toEqual([]);
      expect(visibleRemovals(page.blocks)).toEqual([]);
      expect(findSpamInText(page.title ?? '')).toEqual([]);
    },
  );

  it('records only the collapsed menu as hidden, and not as spam', () => {
    const page = htmlToBlocks(CLEAN_PAGES.gamblingCrackdown);
    const removals = detectSpam(page.blocks).removals;
    expect(removals.map((r) => [r.kind, r.reason, r.text])).toEqual([
      ['HIDDEN', 'HIDDEN_LINKS', '政策解读'],
      ['HIDDEN', 'HIDDEN_LINKS', '通知公告'],
    ]);
  });

  it.each(LEGIT_SENTENCES)('leaves the real sentence alone: %s', (sentence) => {
    expect(findSpamInText(sentence)).toEqual([]);
    expect(detectSpam([paragraph(sentence)]).removals).toEqual([]);
  });

  it('passes clean notices created through the API', () => {
    for (const html of Object.values(CLEAN_PAGES)) {
      const page = htmlToBlocks(html);
      expect(checkNoticeSpam({ title: page.title ?? '', bodyHtml: html })).toEqual({
        clean: true,
        hits: [],
      });
    }
  });
});
