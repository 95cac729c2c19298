import { foldFullWidth } from '../../text/foldFullWidth';
import { toSimplified } from '../../text/toSimplified';
import type { PageBlock } from '../pageBlock';

/** A block with the text every heuristic here matches on. */
export interface NormalizedBlock {
  block: PageBlock;
  /** Full-width folded and simplified: labels, dates and phrases are matched on this. */
  norm: string;
}

/**
 * Labels and phrases are written once, in simplified characters and ASCII punctuation, and
 * matched on this form; both steps replace one UTF-16 unit by one for all but a few rare
 * characters, so offsets found in it cut the original text (see `originalSlice`).
 */
export function normalizeText(text: string): string {
  return toSimplified(foldFullWidth(text));
}

/*
 * removeChrome and extractMetadata see the same block objects one after the other; the
 * conversion is most of the cost of both, so it is remembered per block (and text).
 */
const cache = new WeakMap<PageBlock, { text: string; norm: string }>();

export function normalizeBlocks(blocks: readonly PageBlock[]): NormalizedBlock[] {
  return blocks.map((block) => {
    const cached = cache.get(block);
    if (cached && cached.text === block.text) return { block, norm: cached.norm };
    const norm = normalizeText(block.text);
    cache.set(block, { text: block.text, norm });
    return { block, norm };
  });
}

/**
 * The original text between offsets found in the normalized text, so values keep the script
 * they were published in (發文機關 stays traditional). Falls back to the normalized text in
 * the rare case where a conversion changed the length and offsets no longer line up.
 */
export function originalSlice(original: string, norm: string, start: number, end: number): string {
  const source = original.length === norm.length ? original : norm;
  return source.slice(start, end);
}
