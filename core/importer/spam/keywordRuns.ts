import type { PageLink } from '../pageBlock';
import { classifyHref } from './classifyLink';
import { findContacts } from './findContacts';
import { originalRange, toMatchingText } from './matchingText';
import type { RunFeatures } from './runFeatures';
import { clauseAround, describe, runsOf } from './runFeatures';
import type { SpamSpan } from './spamSpan';
import { KEYWORD_REASONS } from './spamSpan';
import { hasKeyword, hasLegitContext } from './termMatcher';
import type { Token } from './tokenize';
import { meaningfulLength, tokenize } from './tokenize';
import { absorbFragments, reachContacts } from './widenRun';

export interface KeywordRunContext {
  siteDomains: readonly string[];
  /**
   * The page itself is about fighting gambling or porn: a bare enumeration of keywords in prose
   * (六合彩、百家乐、老虎机) is then part of the notice, not injected.
   */
  crackdownPage: boolean;
  /** The block is a table cell or row: a crackdown notice tabulates case types (六合彩 | 3). */
  tableCell: boolean;
}

const INTRO = /(?:如|例如|包括|诸如|涉及|像|含|即|是)$/u;

/**
 * Finds runs of spam keywords in one visible block's text and decides, run by run, whether they
 * are injected spam. A run is a stretch of keywords, context words (官网, 开户, 在线观看),
 * separators, Latin/digit strings and contacts with no ordinary sentence text in it.
 *
 * Real notices name gambling and porn too, so a run is spared when it is part of a sentence
 * about them: followed by 等, introduced by 如/包括, glued to a sentence with a crackdown word
 * (严厉打击六合彩), or, on a page about a crackdown, a bare enumeration in prose or a table.
 * Otherwise it is spam when it has several distinct keywords, a strong keyword with spam
 * context, a contact or an external link, dominates a short block or a sentence, stands as an
 * item of a list, or sits at the very start or end of the block.
 */
export function findKeywordRuns(
  text: string,
  links: readonly PageLink[],
  context: KeywordRunContext,
): SpamSpan[] {
  const matching = toMatchingText(text);
  if (!hasKeyword(matching.text)) return [];
  const contacts = findContacts(matching.text, context.siteDomains);
  const tokens = tokenize(matching.text, contacts);
  if (!tokens.some((token) => token.kind === 'keyword')) return [];
  const linkRanges = externalLinkRanges(text, links, context.siteDomains);
  const total = meaningfulLength(matching.text);
  const spans: SpamSpan[] = [];
  for (const [first, last] of runsOf(tokens, matching.text)) {
    const features = describe(first, last, tokens, matching, total, linkRanges);
    // Where the run stands is judged with what it advertises and the few characters glued to
    // it (香港六合彩); a link's own text marks where its spam ends.
    const [from, to] = widen(tokens, first, last, features, matching.text);
    const widened =
      from === first && to === last
        ? features
        : describe(from, to, tokens, matching, total, linkRanges);
    if (isSpared(first, last, tokens, matching.text, features, widened, context)) continue;
    if (!isSpam(widened)) continue;
    const [start, end] = originalRange(matching, tokens[from].start, tokens[to].end);
    spans.push({ start, end, reason: KEYWORD_REASONS[features.category] });
  }
  return spans;
}

function widen(
  tokens: readonly Token[],
  first: number,
  last: number,
  features: RunFeatures,
  text: string,
): [number, number] {
  if (features.externalLink) return [first, last];
  const [from, to] =
    features.contact || features.phone ? reachContacts(tokens, first, last) : [first, last];
  return absorbFragments(tokens, from, to, text);
}

/**
 * `features` describe the run as found, `widened` the run with what was glued to it: whether
 * the run belongs to a sentence is read from the first, where it stands in a list from the
 * second (深圳蜘蛛池｜ is an item of a list, not 打击蜘蛛池 in a sentence).
 */
function isSpared(
  first: number,
  last: number,
  tokens: readonly Token[],
  text: string,
  features: RunFeatures,
  widened: RunFeatures,
  context: KeywordRunContext,
): boolean {
  const advertised = features.contact || features.phone || features.externalLink;
  let next = last + 1;
  while (tokens[next]?.kind === 'sep') next++;
  const etc = tokens[next] !== undefined && text.startsWith('等', tokens[next].start);
  let previous = first - 1;
  while (tokens[previous]?.kind === 'sep') previous--;
  const intro = tokens[previous] !== undefined && INTRO.test(text.slice(0, tokens[previous].end));
  if ((etc || intro) && !advertised) return true;
  const [clauseStart, clauseEnd] = clauseAround(tokens, first, last);
  const clause = text.slice(tokens[clauseStart].start, tokens[clauseEnd].end);
  // 严厉打击六合彩…: the run is part of a sentence about it. A dense run glued in front of a
  // sentence (百家乐太阳城新葡京关于开展打击…) is not, whatever the sentence says, nor a run
  // with spam's own words or contacts at the very edge of a block (网址:x.cc激情视频第一条…).
  const glued = features.gluedLeft || (features.gluedRight && !features.dense);
  const promotedEdge = (features.atStart || features.atEnd) && (features.context > 0 || advertised);
  if (glued && !promotedEdge && hasLegitContext(clause)) return true;
  // On a crackdown page a bare keyword is spared inside prose or a table, not as a line of its
  // own (a line 色情电影 under a notice about 暗链 is still spam).
  const bare = features.context === 0 && !advertised;
  const listed = widened.listSeparatorLeft || widened.listSeparatorRight;
  const inProse =
    features.proseSeparator ||
    ((features.gluedLeft || features.gluedRight) && !listed) ||
    context.tableCell;
  return context.crackdownPage && features.proseSeparators && bare && inProse;
}

function isSpam(f: RunFeatures): boolean {
  const distinct = f.strong + f.weak;
  if (f.strong >= 1 && distinct >= 3) return true;
  if (f.weak >= 3 && f.context >= 1) return true;
  if (f.strong >= 1 && (f.contact || f.phone || f.externalLink)) return true;
  if (f.weak >= 1 && f.contact && f.context >= 1) return true;
  if (f.weak >= 2 && (f.contact || f.phone)) return true;
  if (f.strong >= 1 && distinct >= 2 && f.context >= 1) return true;
  if (f.strong === 0) return false;
  // A short line or a sentence that is nothing but the run: 澳门新葡京娱乐场官网.
  if (f.coverage >= 0.75 || f.wholeClause) return true;
  // Glued to the very start or end of a block's text: 澳门新葡京各镇人民政府…, …特此通知百家乐;
  // or set off from it by a list separator, as no sentence is: 百家乐 各镇人民政府…
  if ((f.atStart && f.gluedRight) || (f.atEnd && f.gluedLeft)) return true;
  if ((f.atStart && f.listSeparatorRight) || (f.atEnd && f.listSeparatorLeft)) return true;
  // An item of a list of its own: 淄博｜南通葡京官网｜杭州.
  if (f.listSeparatorLeft && f.listSeparatorRight) return true;
  // Alone at the very start or end, set off from the sentence next to it by a separator.
  const edge = (f.atStart && !f.gluedRight) || (f.atEnd && !f.gluedLeft);
  return (distinct >= 2 || f.context >= 1) && edge;
}

/** Text ranges of the links that point outside government, found in the block text in order. */
function externalLinkRanges(
  text: string,
  links: readonly PageLink[],
  siteDomains: readonly string[],
): [number, number][] {
  const ranges: [number, number][] = [];
  let cursor = 0;
  for (const link of links) {
    if (link.hidden || link.text === '') continue;
    const at = text.indexOf(link.text, cursor);
    if (at < 0) continue;
    cursor = at + link.text.length;
    if (classifyHref(link.href, siteDomains).target === 'external') ranges.push([at, cursor]);
  }
  return ranges;
}
