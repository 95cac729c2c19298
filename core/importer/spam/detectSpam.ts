import type { PageBlock, Removal } from '../pageBlock';
import { cutSpans, mergeSpans } from './cutSpans';
import { findKeywordRuns } from './keywordRuns';
import { farmLinkSpans, findLinkFarms, isLinkList } from './linkFarms';
import { findPlaceNameLists } from './placeNameLists';
import { findPromotions } from './findPromotions';
import { findSpamInText } from './findSpamInText';
import { hiddenBlockRemoval, hiddenLinkSpans } from './hiddenBlockRemoval';
import { isJunkRemainder } from './junkRemainder';
import { toMatchingText } from './matchingText';
import type { PartialCleanup, SpamOptions, SpamReport } from './spamReport';
import type { SpamReason, SpamSpan } from './spamSpan';
import { shorten } from './shorten';
import { spamNeighbours } from './spamNeighbours';
import { MIN_CONTENT_LENGTH, spamVerdict } from './spamVerdict';
import { hasKeyword, hasLegitContext, keywordsIn } from './termMatcher';
import { meaningfulLength } from './tokenize';

const KEYWORD_REASONS: ReadonlySet<SpamReason> = new Set([
  'GAMBLING_KEYWORDS',
  'EXPLICIT_KEYWORDS',
  'ILLICIT_KEYWORDS',
]);

interface BlockFinding {
  position: number;
  /** null: the whole block is spam. */
  kept: string | null;
  spans: SpamSpan[];
}

/**
 * Finds the injected spam (暗链) in a page's blocks: every hidden block, link farms, spider-pool
 * lists and runs of gambling, porn or black-market keywords, cut out of the block they were
 * injected into when that block also holds real text. Judges whether the page's main content is
 * spam itself (quarantine). Chrome (menus, footers, ICP lines) is left to the chrome step.
 */
export function detectSpam(blocks: readonly PageBlock[], options: SpamOptions = {}): SpamReport {
  const siteDomains = options.siteDomains ?? [];
  const removals: Removal[] = [];
  const dropped = new Set<number>();
  blocks.forEach((block, position) => {
    if (!block.hidden) return;
    removals.push(hiddenBlockRemoval(block, siteDomains));
    dropped.add(position);
  });

  const farmed = new Set(findLinkFarms(blocks, siteDomains));
  const placeLists = findPlaceNameLists(blocks, siteDomains);
  const crackdownPage = isCrackdownPage(blocks);
  const findings: BlockFinding[] = [];
  blocks.forEach((block, position) => {
    if (block.hidden) return;
    const found = [
      // A farm's links go; text glued to them (（此件公开发布）) stays when it is real.
      ...(farmed.has(position) ? farmLinkSpans(block, siteDomains) : []),
      ...(placeLists.get(position) ?? []),
      ...findKeywordRuns(block.text, block.links, {
        siteDomains,
        crackdownPage,
        tableCell: isTableText(block),
      }),
      ...hiddenLinkSpans(block, siteDomains),
    ];
    const spans = mergeSpans(block.text, [
      ...found,
      ...findPromotions(block.text, mergeSpans(block.text, found), siteDomains),
    ]);
    if (spans.length === 0) return;
    const cutText = cutSpans(block.text, spans);
    const kept = cutText !== null && isJunkRemainder(cutText) ? null : cutText;
    findings.push({
      position,
      kept,
      spans: kept === null ? [fullSpan(block, spans[0].reason)] : spans,
    });
  });
  const wholeSpam = new Map(
    findings.flatMap((f) => (f.kept === null ? [[f.position, f.spans[0].reason] as const] : [])),
  );
  const along = spamNeighbours(blocks, wholeSpam, siteDomains);
  for (const [position, reason] of along) {
    findings.push({ position, kept: null, spans: [fullSpan(blocks[position], reason)] });
  }
  findings.sort((a, b) => a.position - b.position);
  const linkLists = new Set<number>();
  blocks.forEach((block, position) => {
    if (!block.hidden && isLinkList(block)) linkLists.add(position);
  });
  labelHeadAndTail(blocks, findings, linkLists);

  const partialCleanups: PartialCleanup[] = [];
  const spamLengthAt = new Map<number, number>();
  for (const finding of findings) {
    const block = blocks[finding.position];
    for (const span of finding.spans) {
      removals.push({
        kind: span.kind ?? 'SPAM',
        reason: span.reason,
        blockIndex: block.index,
        text: shorten(block.text.slice(span.start, span.end)),
      });
    }
    const length = meaningfulLength(block.text);
    if (finding.kept === null) {
      dropped.add(finding.position);
      spamLengthAt.set(finding.position, length);
    } else {
      partialCleanups.push({ blockIndex: block.index, text: finding.kept });
      spamLengthAt.set(finding.position, length - meaningfulLength(finding.kept));
    }
  }

  removals.sort((a, b) => a.blockIndex - b.blockIndex);
  const verdict = spamVerdict({
    blocks,
    removals,
    spamLengthAt,
    titleHits: options.title ? findSpamInText(options.title, siteDomains) : [],
    spamHeading: spamHeading(blocks, spamLengthAt),
    linkLists,
  });
  return {
    removals,
    spamBlockIndexes: [...dropped].map((position) => blocks[position].index).sort((a, b) => a - b),
    partialCleanups: partialCleanups.sort((a, b) => a.blockIndex - b.blockIndex),
    verdict,
  };
}

/** A table cell, or a table row of a crawled text page (六合彩 | 3 | 2). */
function isTableText(block: PageBlock): boolean {
  if (block.tag === 'td' || block.tag === 'th') return true;
  return / \| /.test(block.text) && /(?:^| \| )\d+(?:\.\d+)?(?: \| |$)/.test(block.text);
}

function fullSpan(block: PageBlock, reason: SpamReason): SpamSpan {
  return { start: 0, end: block.text.length, reason };
}

/** Some sentence of the page names a spam keyword together with a crackdown word. */
function isCrackdownPage(blocks: readonly PageBlock[]): boolean {
  return blocks.some(
    (block) =>
      !block.hidden &&
      hasKeyword(toMatchingText(block.text).text) &&
      toMatchingText(block.text)
        .text.split(/[。！？!?；;]/u)
        .some((clause) => hasLegitContext(clause) && keywordsIn(clause).length > 0),
  );
}

/**
 * Keyword spam before the first or after the last block of main content, or cut from the very
 * start of the first or the very end of the last, is the classic injected head or tail.
 */
function labelHeadAndTail(
  blocks: readonly PageBlock[],
  findings: BlockFinding[],
  linkLists: ReadonlySet<number>,
): void {
  const whole = new Set(findings.filter((f) => f.kept === null).map((f) => f.position));
  // Real text here is any block that is not a link list or a label: the signature and its
  // date close a notice, and tails are glued to them.
  const content = blocks.flatMap((block, position) =>
    !block.hidden &&
    !linkLists.has(position) &&
    !whole.has(position) &&
    meaningfulLength(block.text) >= MIN_CONTENT_LENGTH
      ? [position]
      : [],
  );
  if (content.length === 0) return;
  const first = content[0];
  const last = content[content.length - 1];
  for (const finding of findings) {
    const text = blocks[finding.position].text;
    for (const span of finding.spans) {
      if (!KEYWORD_REASONS.has(span.reason)) continue;
      if (finding.kept === null) {
        if (finding.position < first) span.reason = 'SPAM_HEAD';
        else if (finding.position > last) span.reason = 'SPAM_TAIL';
      } else if (finding.position === first && meaningfulLength(text.slice(0, span.start)) === 0) {
        span.reason = 'SPAM_HEAD';
      } else if (finding.position === last && meaningfulLength(text.slice(span.end)) === 0) {
        span.reason = 'SPAM_TAIL';
      }
    }
  }
}

/** The first visible h1–h3 block, when spam was found in it. */
function spamHeading(
  blocks: readonly PageBlock[],
  spamLengthAt: ReadonlyMap<number, number>,
): number | null {
  const position = blocks.findIndex((block) => !block.hidden && /^h[1-3]$/.test(block.tag));
  return position >= 0 && (spamLengthAt.get(position) ?? 0) > 0 ? position : null;
}
