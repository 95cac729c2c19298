import { parseDocNumber } from '../../docnumber/parseDocNumber';
import { dateOnlyLine } from './chinaDate';
import type { Signature } from './findSignature';
import { findSignature } from './findSignature';
import { isProse } from './isProse';
import { isSalutation } from './isSalutation';
import { labelOnlyField, startsWithLabel } from './labelledFields';
import type { NormalizedBlock } from './normalizedBlock';
import { isDocumentTitle, isTitleLike, stripBrackets } from './isTitleLike';

/** Where the parts of a notice are, as positions in the block array (not block indexes). */
export interface NoticeLayout {
  title: { position: number; confidence: number } | null;
  /** The 主送机关 line (各镇政府…:), or null. */
  salutation: number | null;
  /** The first block that reads like a sentence, or null. */
  firstProse: number | null;
  /** Metadata lines and table cells (labels and their values) before the body or after the signature. */
  metadata: Set<number>;
  /** A 文号 alone on a line before the body. */
  docNumberLine: number | null;
  /** A bare date line between the title and the body (an unlabelled 发布日期). */
  headerDate: number | null;
  /** First block of the body; equals the block count when there is none. */
  bodyStart: number;
  signature: Signature | null;
}

/** How far above the first paragraph the title may be, in candidate lines. */
const TITLE_WINDOW = 6;

/**
 * Finds title, salutation, header metadata, body start and signature. `skip` marks blocks to
 * pass over (chrome); they are never taken for any part.
 *
 * The anchor is the salutation, else the first prose block: the title is the best title-like
 * line above it (nearer is better; h1/h2, a `title` class and the shape 关于…通知 count extra).
 */
export function locateNotice(
  blocks: readonly NormalizedBlock[],
  skip: (position: number) => boolean,
): NoticeLayout {
  const count = blocks.length;
  const usable = (p: number): boolean => !skip(p) && blocks[p].norm.trim() !== '';

  let firstProse: number | null = null;
  for (let p = 0; p < count && firstProse === null; p++) {
    if (usable(p) && isProse(blocks[p].norm) && !startsWithLabel(blocks[p].norm)) firstProse = p;
  }
  const limit = firstProse ?? count;
  let salutation: number | null = null;
  for (let p = 0; p <= limit && p < count && salutation === null; p++) {
    if (usable(p) && isSalutation(blocks[p].norm)) salutation = p;
  }
  const anchor = salutation ?? firstProse;
  const metadata = new Set<number>();
  let docNumberLine: number | null = null;
  for (let p = 0; p < (anchor ?? count); p++) {
    if (!usable(p)) continue;
    const { norm } = blocks[p];
    if (labelOnlyField(norm)) {
      metadata.add(p);
      const next = nextUsable(p);
      if (next !== null && next < (anchor ?? count) && !isLabel(blocks[next].norm)) {
        metadata.add(next);
        p = next;
      }
    } else if (startsWithLabel(norm)) {
      metadata.add(p);
    } else if (docNumberLine === null && parseDocNumber(stripBrackets(norm)).ok) {
      docNumberLine = p;
    }
  }

  const title = findTitle(anchor);
  let bodyStart = title ? title.position + 1 : 0;
  let headerDate: number | null = null;
  while (bodyStart < count && bodyStart !== anchor) {
    if (usable(bodyStart) && !metadata.has(bodyStart) && bodyStart !== docNumberLine) {
      if (!title || headerDate !== null || !dateOnlyLine(blocks[bodyStart].norm)) break;
      headerDate = bodyStart;
    }
    bodyStart++;
  }

  const signature = findSignature(blocks, bodyStart, (p) => !usable(p) || metadata.has(p));
  if (signature) {
    for (let p = signature.datePosition + 1; p < count; p++) {
      if (usable(p) && (startsWithLabel(blocks[p].norm) || labelOnlyField(blocks[p].norm))) {
        metadata.add(p);
      }
    }
  }
  return {
    title,
    salutation,
    firstProse,
    metadata,
    docNumberLine,
    headerDate,
    bodyStart,
    signature,
  };

  function nextUsable(p: number): number | null {
    for (let q = p + 1; q < count; q++) if (usable(q)) return q;
    return null;
  }

  function findTitle(anchorPosition: number | null): NoticeLayout['title'] {
    if (anchorPosition === null) {
      for (let p = 0; p < count; p++) {
        if (usable(p) && isHeading(p) && isTitleLike(blocks[p].norm)) {
          return { position: p, confidence: 0.8 };
        }
      }
      return null;
    }
    let best: { position: number; score: number } | null = null;
    let seen = 0;
    for (let p = anchorPosition - 1; p >= 0 && seen < TITLE_WINDOW; p--) {
      if (!usable(p) || metadata.has(p) || p === docNumberLine) continue;
      seen++;
      const { norm } = blocks[p];
      if (!isTitleLike(norm)) continue;
      let score = 1 - (seen - 1);
      if (isHeading(p)) score += 3;
      if (/title|biaoti|bt/i.test(blocks[p].block.path.split('>').pop() ?? '')) score += 2;
      if (isDocumentTitle(norm)) score += 2;
      if (!best || score > best.score) best = { position: p, score };
    }
    if (!best) return null;
    const position = best.position;
    const next = nextUsable(position);
    const introduces =
      next !== null && (metadata.has(next) || next === salutation || next === docNumberLine);
    const confidence = isHeading(position) ? 0.9 : introduces ? 0.85 : 0.6;
    return { position, confidence };
  }

  function isHeading(p: number): boolean {
    return /^h[1-3]$/.test(blocks[p].block.tag);
  }
}

function isLabel(norm: string): boolean {
  return startsWithLabel(norm) || labelOnlyField(norm) !== null;
}
