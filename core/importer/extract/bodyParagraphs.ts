import type { PageBlock } from '../pageBlock';

export interface Paragraphs {
  paragraphs: string[];
  /** Index of the first block of each paragraph. */
  blockIndexes: number[];
}

/**
 * Groups body blocks into paragraphs. Each line of a plain-text page (tag `line`) is a
 * paragraph; an HTML block that does not start a paragraph (a line after <br>) joins the one
 * before it on a new line, so lists inside one <p> keep their line breaks.
 */
export function bodyParagraphs(blocks: readonly PageBlock[]): Paragraphs {
  const paragraphs: string[] = [];
  const blockIndexes: number[] = [];
  for (const block of blocks) {
    const text = block.text.trim();
    if (text === '') continue;
    const continues = block.tag !== 'line' && !block.paragraphStart && paragraphs.length > 0;
    if (continues) {
      paragraphs[paragraphs.length - 1] += `\n${text}`;
    } else {
      paragraphs.push(text);
      blockIndexes.push(block.index);
    }
  }
  return { paragraphs, blockIndexes };
}
