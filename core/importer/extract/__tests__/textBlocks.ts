import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageBlock } from '../../pageBlock';

/*
 * Stand-ins for the steps before this one, so these tests depend on neither: plain text
 * becomes one block per non-empty line (a paragraph starts after an empty line or at an
 * indented line), and the pinyin a converter put after characters (區(qū)) is dropped.
 */
const PINYIN =
  /(?<=\p{Script=Han})\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/gu;

export function textToTestBlocks(text: string): PageBlock[] {
  const blocks: PageBlock[] = [];
  let previousEmpty = true;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.replace(/\s+/g, ' ').trim();
    if (trimmed === '') {
      previousEmpty = true;
      continue;
    }
    blocks.push({
      index: blocks.length,
      text: trimmed.replace(PINYIN, ''),
      tag: 'line',
      path: '',
      hidden: false,
      hiddenReason: null,
      links: [],
      paragraphStart: previousEmpty || /^(?: {2,}|\u3000+)/.test(line),
    });
    previousEmpty = false;
  }
  return blocks;
}

export function fixtureBlocks(name: string): PageBlock[] {
  const file = join(__dirname, '../../../../test/fixtures/pages', name);
  return textToTestBlocks(readFileSync(file, 'utf8'));
}

/** A hand-built HTML block; `links` as [href, text] pairs. */
export function htmlBlock(
  index: number,
  tag: string,
  path: string,
  text: string,
  links: [string, string][] = [],
): PageBlock {
  return {
    index,
    text,
    tag,
    path,
    hidden: false,
    hiddenReason: null,
    links: links.map(([href, linkText]) => ({ href, text: linkText, hidden: false })),
    paragraphStart: true,
  };
}
