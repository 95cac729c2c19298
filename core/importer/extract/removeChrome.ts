import type { PageBlock, Removal } from '../pageBlock';
import { chromePath, sharedPathDepth } from './chromePath';
import { chromeReason, strongChromeReason } from './chromePatterns';
import { dateOnlyLine } from './chinaDate';
import { isTailNote } from './findSignature';
import { isLinkList } from './isLinkList';
import { isProse } from './isProse';
import { startsWithLabel } from './labelledFields';
import type { NoticeLayout } from './locateNotice';
import { locateNotice } from './locateNotice';
import type { NormalizedBlock } from './normalizedBlock';
import { normalizeBlocks, originalSlice } from './normalizedBlock';
import { isOrgName } from './isOrgName';
import { readSiteFilings } from './readSiteFilings';
import { stripChromeSegments } from './stripChromeSegments';
import { isDocumentTitle, isStrongDocumentTitle } from './isTitleLike';

export interface ChromeResult {
  /** The blocks that remain, indexes unchanged; a header line that lost a counter or button has its text shortened. */
  content: PageBlock[];
  /** Kind `CHROME`, one per removed block or removed part of a block. */
  removals: Removal[];
  /** 网站标识码 from the removed footer, kept as metadata. */
  siteCode: string | null;
  filings: { icp: string | null; police: string | null };
}

const MAX_REMOVAL_TEXT = 200;

/*
 * Between the title and the body only the bars a header carries go; a line there that merely
 * mentions a footer word (网站地图) may be a subtitle or the first heading of the notice.
 */
const HEADER_CHROME = new Set([
  'ICP_FILING',
  'POLICE_FILING',
  'ACCESSIBILITY_BAR',
  'SCRIPT_SWITCH',
  'BOOKMARK_BAR',
  'BREADCRUMB',
  'VISIT_COUNTER',
  'FONT_SIZE_BAR',
  'PRINT_BAR',
  'SHARE_BAR',
  'SEARCH_BOX',
  'NAVIGATION',
]);

/**
 * Takes site chrome off a crawled page by position: the run of blocks before the notice's
 * title (or salutation), chrome inside the header between title and body, and the run after
 * the signature or last paragraph. Inside the notice only a block in a nav/footer/share
 * container that also looks like chrome goes; a chrome-like phrase in a paragraph stays.
 *
 * Never removed: prose (except for filing numbers and copyright lines in the head or tail),
 * the title, salutation, metadata lines, the signature and what follows it as a notice's tail
 * (附注, 附件, 抄送, 印发).
 */
export function removeChrome(blocks: readonly PageBlock[]): ChromeResult {
  const nbs = normalizeBlocks(blocks);
  const prose = nbs.map((nb) => isProse(nb.norm));
  const textReason = nbs.map((nb, p) => chromeReason(nb.norm, prose[p]));
  const linkList = blocks.map(isLinkList);
  const chromeLike = blocks.map(
    (block, p) =>
      textReason[p] !== null ||
      (linkList[p] && !/^h[1-6]$/.test(block.tag)) ||
      (chromePath(block.path)?.strong === true && !prose[p]),
  );
  const looksChrome = (p: number): boolean => chromeLike[p];

  const layout = locateNotice(nbs, looksChrome);
  const removals: Removal[] = [];
  const replaced = new Map<number, PageBlock>();
  const removed = new Set<number>();
  const remove = (p: number, reason: string, text = blocks[p].text): void => {
    removed.add(p);
    removals.push(chromeRemoval(blocks[p].index, reason, text));
  };

  const headEnd = layout.title?.position ?? layout.salutation ?? layout.firstProse ?? blocks.length;
  const tailStart = findTailStart(nbs, layout, prose, textReason, linkList, remove);
  const bodyStart = Math.min(layout.bodyStart, tailStart);

  for (let p = 0; p < Math.min(headEnd, tailStart); p++) {
    const reason = headReason(p);
    if (reason) remove(p, reason);
  }
  for (let p = headEnd + 1; p < bodyStart; p++) {
    if (layout.metadata.has(p) || startsWithLabel(nbs[p].norm)) {
      stripHeaderLine(p);
    } else if (HEADER_CHROME.has(textReason[p] ?? '') || linkList[p]) {
      remove(p, textReason[p] ?? 'NAVIGATION');
    }
  }
  const reference = blocks[layout.title?.position ?? bodyStart]?.path ?? '';
  for (let p = Math.max(bodyStart, headEnd + 1); p < tailStart; p++) {
    const path = chromePath(blocks[p].path, sharedPathDepth(blocks[p].path, reference));
    if (path?.strong && !prose[p] && (textReason[p] !== null || linkList[p])) {
      remove(p, textReason[p] ?? path.reason);
    }
  }

  removals.sort((a, b) => a.blockIndex - b.blockIndex);
  const content = blocks
    .map((block, p) => replaced.get(p) ?? block)
    .filter((_, p) => !removed.has(p));
  const filings = readSiteFilings(removals.map((r) => r.text));
  return {
    content,
    removals,
    siteCode: filings.siteCode,
    filings: { icp: filings.icp, police: filings.police },
  };

  /*
   * Before the title everything that is not prose is page furniture, but only once a title
   * was found: without one, a line that matches no chrome phrase may be the title itself.
   * A block shaped like a document title stays even then, in case the title found is wrong.
   */
  function headReason(p: number): string | null {
    const nb = nbs[p];
    if (nb.norm.trim() === '') return null;
    if (layout.metadata.has(p)) {
      stripHeaderLine(p);
      return null;
    }
    if (textReason[p]) return textReason[p];
    if (prose[p] || p === layout.salutation || p === layout.docNumberLine) return null;
    const path = chromePath(blocks[p].path);
    if (path) return path.reason;
    if (linkList[p]) return 'NAVIGATION';
    if (!layout.title) return null;
    const title = nbs[layout.title.position].norm;
    if (
      isDocumentTitle(nb.norm) &&
      (!isStrongDocumentTitle(title) || isStrongDocumentTitle(nb.norm))
    ) {
      return null;
    }
    return 'SITE_HEADER';
  }

  function stripHeaderLine(p: number): void {
    const { block, norm } = nbs[p];
    const { keep, removed: parts } = stripChromeSegments(norm);
    if (parts.length === 0) return;
    const kept = keep.map(([s, e]) => originalSlice(block.text, norm, s, e)).join(' ');
    const text = kept.replace(/\s+/g, ' ').trim();
    const cut = parts
      .map((r, i) => {
        const gap = i === 0 ? '' : originalSlice(block.text, norm, parts[i - 1].end, r.start);
        return (/^\s*$/.test(gap) ? gap : ' ') + originalSlice(block.text, norm, r.start, r.end);
      })
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (/^[\s|:,;()[\]【】]*$/.test(text)) {
      remove(p, parts[0].reason);
      return;
    }
    replaced.set(p, { ...block, text });
    removals.push(chromeRemoval(block.index, parts[0].reason, cut));
  }
}

/*
 * Walks back from the last block. Chrome is removed; a block that can end a notice (its date,
 * issuer, a tail note, prose, a metadata line) stops the walk; anything else is held and
 * removed only if chrome that heads a block of links or buttons (相关链接, 分享到, a nav or
 * related container, a filing number) turns up above it, so a related-articles list between
 * its heading and the footer goes, while a last short line of the notice (特此通知) or the
 * rows of an attachment table stay. Above held lines a mere footer word ends the walk.
 * Returns the position where the tail starts.
 */
const COMMITTING = new Set([
  'RELATED_ARTICLES',
  'SHARE_BAR',
  'PRINT_BAR',
  'ICP_FILING',
  'POLICE_FILING',
  'SITE_CODE',
]);

function findTailStart(
  nbs: readonly NormalizedBlock[],
  layout: NoticeLayout,
  prose: readonly boolean[],
  textReason: readonly (string | null)[],
  linkList: readonly boolean[],
  remove: (p: number, reason: string) => void,
): number {
  const floor = Math.max(
    layout.signature?.datePosition ?? -1,
    layout.title?.position ?? -1,
    layout.salutation ?? -1,
    layout.bodyStart - 1,
  );
  let held: number[] = [];
  let below: string | null = null;
  let start = nbs.length;
  for (let p = nbs.length - 1; p > floor; p--) {
    const { norm, block } = nbs[p];
    if (norm.trim() === '') continue;
    const strong = strongChromeReason(norm);
    if (strong) {
      take(p, strong);
      continue;
    }
    if (prose[p] || isTailNote(norm) || dateOnlyLine(norm)) break;
    if (textReason[p] === null && (isOrgName(norm) || startsWithLabel(norm))) break;
    const structural = chromePath(block.path)?.reason ?? (linkList[p] ? 'LINK_LIST' : null);
    const reason = textReason[p] ?? structural;
    if (!reason) {
      held.push(p);
    } else if (held.length === 0 || structural || COMMITTING.has(reason)) {
      take(p, reason);
    } else {
      break;
    }
  }
  return start;

  function take(p: number, reason: string): void {
    const heldReason = reason === 'RELATED_ARTICLES' ? reason : (below ?? reason);
    for (const h of held) remove(h, heldReason);
    held = [];
    remove(p, reason);
    below = reason;
    start = p;
  }
}

function chromeRemoval(blockIndex: number, reason: string, text: string): Removal {
  return { kind: 'CHROME', reason, blockIndex, text: shorten(text) };
}

function shorten(text: string): string {
  const chars = [...text];
  return chars.length <= MAX_REMOVAL_TEXT
    ? text
    : `${chars.slice(0, MAX_REMOVAL_TEXT - 1).join('')}…`;
}
