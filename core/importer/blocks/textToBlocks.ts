import type { PageBlock } from '../pageBlock';
import { collapseWhitespace, startsIndented } from './collapseWhitespace';

/** A line ending one of these closes its paragraph, whatever the page's convention. */
const ENDS_PARAGRAPH = /[。！？!?；;：:]$/u;

/**
 * Share of lines that must carry a paragraph mark (an empty line before, or indentation) for the
 * page to be read as marking its paragraphs; below it, every line is a paragraph.
 */
const MARKED_PAGE_SHARE = 0.3;

interface Line {
  raw: string;
  text: string;
  blankBefore: boolean;
  indented: boolean;
}

/**
 * Reads a plain-text page into blocks, one per non-empty line. Crawlers write paragraphs in two
 * ways: separated by empty lines or indentation, with wrapped lines in between (the faku and xunwu
 * pages), or one paragraph per line with no marks at all (the anshan page). The convention is read
 * from the page; under the first, an unmarked line continues the paragraph above unless that one
 * ends a sentence or a salutation (`…各单位：`).
 */
export function textToBlocks(text: string): PageBlock[] {
  const lines: Line[] = [];
  let blankBefore = false;
  for (const raw of text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/)) {
    const collapsed = collapseWhitespace(raw);
    if (collapsed === '') {
      blankBefore = true;
      continue;
    }
    lines.push({ raw, text: collapsed, blankBefore, indented: startsIndented(raw, true) });
    blankBefore = false;
  }
  const marked = lines.slice(1).filter((line) => line.blankBefore || line.indented).length;
  const marksParagraphs = lines.length > 1 && marked / (lines.length - 1) >= MARKED_PAGE_SHARE;
  return lines.map((line, index) => ({
    index,
    text: line.text,
    tag: 'line',
    path: '',
    hidden: false,
    hiddenReason: null,
    links: [],
    paragraphStart:
      index === 0 ||
      !marksParagraphs ||
      line.blankBefore ||
      line.indented ||
      ENDS_PARAGRAPH.test(lines[index - 1].text),
  }));
}
