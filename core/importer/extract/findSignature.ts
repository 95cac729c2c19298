import type { ChinaDate } from './chinaDate';
import { dateOnlyLine, findChinaDate } from './chinaDate';
import { startsWithLabel } from './labelledFields';
import type { NormalizedBlock } from './normalizedBlock';
import { originalSlice } from './normalizedBlock';
import { isOrgName } from './isOrgName';

/** The 落款 at the end of a notice: issuer line(s) and the 成文日期 under them. */
export interface Signature {
  /** Positions (in the block array) of the issuer lines, in order; may be empty. */
  issuerPositions: number[];
  /** Issuer names in the original script, one per line (or the part before a date on the same line). */
  issuers: string[];
  datePosition: number;
  date: ChinaDate;
}

const MAX_ISSUER_LINES = 4;
/** Lines a notice may carry after its date: 附注 in brackets, 附件, 抄送, 印发 lines. */
const TAIL_NOTE =
  /^[(（].*[)）]$|^(?:附件|附:|附表|抄送|抄报|主送|印发|此件|注:|联系人)|印发$|^[(（]?此件/u;

/**
 * Finds the signature: the last date-only line after `from` that has organisation names above
 * it, or after which the page carries nothing but tail notes. An issuer and date on one line
 * (鞍山市人民政府办公厅 2015年6月5日) count too. Blocks `skip` returns true for are passed over.
 */
export function findSignature(
  blocks: readonly NormalizedBlock[],
  from: number,
  skip: (position: number) => boolean,
): Signature | null {
  for (let p = blocks.length - 1; p >= from; p--) {
    if (skip(p)) continue;
    const { norm } = blocks[p];
    const date = dateOnlyLine(norm);
    const combined = date ? null : issuerAndDate(blocks[p]);
    if (!date && !combined) continue;
    const issuerPositions: number[] = [];
    const issuers: string[] = [];
    if (combined) {
      issuers.push(combined.issuer);
    } else {
      for (let q = p - 1; q >= from && issuerPositions.length < MAX_ISSUER_LINES; q--) {
        if (skip(q)) continue;
        if (!isOrgName(blocks[q].norm)) break;
        issuerPositions.unshift(q);
        issuers.unshift(blocks[q].block.text.trim());
      }
    }
    const signed = date ?? combined?.date;
    if (!signed) continue;
    if (issuers.length > 0 || onlyTailAfter(blocks, p, skip)) {
      return { issuerPositions, issuers, datePosition: p, date: signed };
    }
  }
  return null;
}

function issuerAndDate(nb: NormalizedBlock): { issuer: string; date: ChinaDate } | null {
  const found = findChinaDate(nb.norm);
  if (!found || nb.norm.slice(found.end).trim() !== '') return null;
  const before = nb.norm.slice(0, found.start);
  if (!/\s$/.test(before) || !isOrgName(before)) return null;
  const issuer = originalSlice(nb.block.text, nb.norm, 0, found.start).trim();
  return { issuer, date: found.date };
}

function onlyTailAfter(
  blocks: readonly NormalizedBlock[],
  position: number,
  skip: (position: number) => boolean,
): boolean {
  for (let q = position + 1; q < blocks.length; q++) {
    if (skip(q)) continue;
    const norm = blocks[q].norm.trim();
    if (norm !== '' && !TAIL_NOTE.test(norm) && !startsWithLabel(norm)) return false;
  }
  return true;
}

/** Whether a line is a note a notice carries after its signature (附注, 附件, 抄送…). */
export function isTailNote(norm: string): boolean {
  return TAIL_NOTE.test(norm.trim());
}
