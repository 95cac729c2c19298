import type { SpamCategory } from './lexicon';
import type { MatchingText } from './matchingText';
import { originalRange } from './matchingText';
import type { Token } from './tokenize';
import { meaningfulLength } from './tokenize';

/** What a run of keywords looks like: the evidence `findKeywordRuns` weighs. */
export interface RunFeatures {
  strong: number;
  weak: number;
  context: number;
  /** A non-government URL, QQ or WeChat id in the same sentence. */
  contact: boolean;
  /** A mobile number in the same sentence. */
  phone: boolean;
  /** Inside the text of a link to a non-government site. */
  externalLink: boolean;
  /** Share of the block's letters and digits the run covers. */
  coverage: number;
  /** Nothing but separators before it (after it) in the block. */
  atStart: boolean;
  atEnd: boolean;
  /** Sentence text directly before (after) it, with no separator in between. */
  gluedLeft: boolean;
  gluedRight: boolean;
  /** Its only separators are the ones prose uses (、，：brackets, quotes), if any. */
  proseSeparators: boolean;
  /** It has at least one separator of prose (六合彩、百家乐). */
  proseSeparator: boolean;
  /** Three or more keywords not enumerated the way prose does (百家乐太阳城新葡京, 百家乐 | 太阳城). */
  dense: boolean;
  /** The run is a sentence of its own: nothing but separators around it up to the breaks. */
  wholeClause: boolean;
  /** A list separator (space, `|`), not prose punctuation, right after (before) the run. */
  listSeparatorRight: boolean;
  listSeparatorLeft: boolean;
  category: SpamCategory;
}

const PROSE_SEPARATOR = /^[、，,：:（）()“”‘’《》「」『』]$/u;

/** A separator prose uses (、，：brackets, quotes), as opposed to a list's (space, `|`, `/`). */
export function isProse(token: Token, text: string): boolean {
  return PROSE_SEPARATOR.test(text.slice(token.start, token.end));
}

/**
 * Maximal token ranges with no sentence text or sentence break, trimmed: separators never start
 * or end a run, and a context word or Latin string at an edge is dropped when it is glued to
 * sentence text (百家乐网站建设 → the run is 百家乐; 网站建设 belongs to the sentence).
 */
export function runsOf(tokens: readonly Token[], text: string): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i].kind === 'other' || tokens[i].kind === 'break') {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < tokens.length && !['other', 'break'].includes(tokens[end + 1].kind)) end++;
    const trimmed = trim(tokens, i, end, text);
    if (trimmed) runs.push(trimmed);
    i = end + 1;
  }
  return runs;
}

/**
 * How the first sentence of a notice begins (各市人民政府, 为进一步, 根据, 第一条, 一、): a word
 * of spam glued before it (…色情电影网站各省辖市…) belongs to the spam, not to the sentence.
 */
const OPENER =
  /^(?:[\u4e00-\u9fff]{0,2}各|为|根据|按照|依据|现将|关于|经|第[一二三四五六七八九十]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/u;

function trim(
  tokens: readonly Token[],
  from: number,
  to: number,
  text: string,
): [number, number] | null {
  let first = from;
  let last = to;
  const droppable = (token: Token): boolean =>
    (token.kind === 'context' && token.spamOnly !== true) || token.kind === 'ascii';
  for (;;) {
    while (first <= last && tokens[first].kind === 'sep') first++;
    while (last >= first && tokens[last].kind === 'sep') last--;
    if (first > last) return null;
    // A casino brand is no sentence's last word: …分工表必发 ends with the spam.
    if (
      droppable(tokens[first]) &&
      tokens[first].brand !== true &&
      tokens[first - 1]?.kind === 'other'
    ) {
      first++;
      // The dropped word stays glued: the next edge is glued to it in turn.
      while (first <= last && droppable(tokens[first])) first++;
      continue;
    }
    if (
      droppable(tokens[last]) &&
      tokens[last + 1]?.kind === 'other' &&
      !OPENER.test(text.slice(tokens[last + 1].start, tokens[last + 1].start + 4))
    ) {
      last--;
      while (last >= first && droppable(tokens[last])) last--;
      continue;
    }
    break;
  }
  if (!tokens.slice(first, last + 1).some((token) => token.kind === 'keyword')) return null;
  return [first, last];
}

/** What the rules weigh about the tokens `first..last`, in a block of `total` letters and digits. */
export function describe(
  first: number,
  last: number,
  tokens: readonly Token[],
  matching: MatchingText,
  total: number,
  linkRanges: readonly [number, number][],
): RunFeatures {
  const run = tokens.slice(first, last + 1);
  const strong = new Set<string>();
  const weak = new Set<string>();
  const weights: Record<SpamCategory, number> = { gambling: 0, explicit: 0, illicit: 0 };
  let context = 0;
  let proseSeparators = true;
  let proseSeparator = false;
  for (const token of run) {
    if (token.kind === 'keyword' && token.term) {
      (token.term.strong ? strong : weak).add(token.term.term);
      weights[token.term.category] += token.term.strong ? 2 : 1;
    } else if (token.kind === 'context') context++;
    else if (token.kind === 'sep') {
      const prose = isProse(token, matching.text);
      proseSeparators &&= prose;
      proseSeparator ||= prose;
    }
  }
  const [clauseStart, clauseEnd] = clauseAround(tokens, first, last);
  const clause = tokens.slice(clauseStart, clauseEnd + 1);
  const contact = clause.some((token) => token.kind === 'contact');
  const phone = clause.some((token) => token.kind === 'phone');
  const wholeClause = [
    ...tokens.slice(clauseStart, first),
    ...tokens.slice(last + 1, clauseEnd + 1),
  ].every((token) => token.kind === 'sep');
  const [start, end] = originalRange(matching, run[0].start, run[run.length - 1].end);
  const before = tokens.slice(0, first);
  const after = tokens.slice(last + 1);
  const category = (Object.keys(weights) as SpamCategory[]).reduce((best, c) =>
    weights[c] > weights[best] ? c : best,
  );
  return {
    strong: strong.size,
    weak: weak.size,
    context,
    contact,
    phone,
    externalLink: linkRanges.some(([s, e]) => s < end && e > start),
    coverage:
      total === 0
        ? 0
        : meaningfulLength(matching.text.slice(run[0].start, run[run.length - 1].end)) / total,
    atStart: before.every((token) => token.kind === 'sep'),
    atEnd: after.every((token) => token.kind === 'sep' || token.kind === 'break'),
    gluedLeft: tokens[first - 1]?.kind === 'other' || isGluedEdge(tokens, first - 1, -1),
    gluedRight: tokens[last + 1]?.kind === 'other' || isGluedEdge(tokens, last + 1, 1),
    proseSeparators,
    proseSeparator,
    dense: strong.size + weak.size >= 3 && !(proseSeparators && proseSeparator),
    wholeClause,
    listSeparatorRight:
      tokens[last + 1]?.kind === 'sep' && !isProse(tokens[last + 1], matching.text),
    listSeparatorLeft:
      tokens[first - 1]?.kind === 'sep' && !isProse(tokens[first - 1], matching.text),
    category,
  };
}

/** A context word or Latin string dropped by trimming counts as glued sentence text. */
function isGluedEdge(tokens: readonly Token[], at: number, step: 1 | -1): boolean {
  let i = at;
  while (tokens[i] && (tokens[i].kind === 'context' || tokens[i].kind === 'ascii')) i += step;
  return i !== at && tokens[i]?.kind === 'other';
}

/** Token indexes of the sentence around a run: from the previous break to the next. */
export function clauseAround(
  tokens: readonly Token[],
  first: number,
  last: number,
): [number, number] {
  let start = first;
  while (start > 0 && tokens[start - 1].kind !== 'break') start--;
  let end = last;
  while (end + 1 < tokens.length && tokens[end + 1].kind !== 'break') end++;
  return [start, end];
}
