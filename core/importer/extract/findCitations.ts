import { findDocNumbers } from '../../docnumber/findDocNumbers';
import { parseDocNumber } from '../../docnumber/parseDocNumber';
import { toSimplified } from '../../text/toSimplified';
import type { Citation } from './extractedNotice';
import { DOCUMENT_TYPE_END } from './isTitleLike';

const OPEN = new Set(['《', '〈']);
const CLOSE = new Set(['》', '〉']);
const BRACKET_OPEN = '(（[【';
const BRACKET_CLOSE = ')）]】';
const MAX_BRACKETED = 80;

/**
 * Every document cited in the texts: 《title》 with the 文号 in the brackets right after it, if
 * any (《…实施意见》(遼政辦發〔2015〕13號)), in order of first mention, each title once (a later
 * mention can supply a 文号 the first lacked). Names in 《》 that are not documents (《政府公报》,
 * a periodical) are left out: a citation ends in a 文种 (通知, 条例, 办法…) or has a 文号.
 */
export function findCitations(texts: readonly string[]): Citation[] {
  const found: Citation[] = [];
  const byTitle = new Map<string, Citation>();
  for (const text of texts) {
    for (const citation of citationsIn(text)) {
      const key = toSimplified(citation.title).replace(/\s+/g, '');
      const earlier = byTitle.get(key);
      if (earlier) {
        earlier.docNumber ??= citation.docNumber;
        continue;
      }
      byTitle.set(key, citation);
      found.push(citation);
    }
  }
  return found;
}

function citationsIn(text: string): Citation[] {
  const citations: Citation[] = [];
  let i = text.indexOf('《');
  while (i >= 0) {
    const close = matchingClose(text, i);
    if (close < 0) break;
    const title = text.slice(i + 1, close).trim();
    const docNumber = docNumberAfter(text.slice(close + 1));
    if (title !== '' && (docNumber || isDocumentName(title))) citations.push({ title, docNumber });
    i = text.indexOf('《', close + 1);
  }
  return citations;
}

/* 〈〉 and 《》 nest: 《国务院办公厅印发〈关于全面推进政务公开工作的意见〉实施细则的通知》. */
function matchingClose(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (OPEN.has(text[j])) depth++;
    else if (CLOSE.has(text[j]) && --depth === 0) return text[j] === '》' ? j : -1;
  }
  return -1;
}

function docNumberAfter(rest: string): string | null {
  const inner = bracketedStart(rest);
  if (inner === null) return null;
  if (parseDocNumber(inner).ok) return inner;
  return findDocNumbers(inner)[0]?.raw ?? null;
}

/* The text in the brackets that open `rest`, nested year brackets included: [某政发(2019)3号]. */
function bracketedStart(rest: string): string | null {
  const start = rest.length - rest.trimStart().length;
  if (!BRACKET_OPEN.includes(rest[start] ?? '')) return null;
  let depth = 0;
  for (let j = start; j < rest.length && j - start <= MAX_BRACKETED; j++) {
    if (BRACKET_OPEN.includes(rest[j])) depth++;
    else if (BRACKET_CLOSE.includes(rest[j]) && --depth === 0)
      return rest.slice(start + 1, j).trim();
  }
  return null;
}

function isDocumentName(title: string): boolean {
  return DOCUMENT_TYPE_END.test(toSimplified(title));
}
