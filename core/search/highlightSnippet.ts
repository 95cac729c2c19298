import { escapeUTF8 } from 'entities';
import { DOC_NUMBER_TOKEN_PREFIX, findDocNumberTokens } from './docNumberTokens';
import { normalizeWithOffsets } from './normalizeText';

/** Snippet length in UTF-16 units, without the ellipses. */
export const SNIPPET_LENGTH = 80;
/** How much text comes before the first match when the snippet has to start inside the text. */
const LEAD = 20;

interface Range {
  start: number;
  end: number;
}

/**
 * About {@link SNIPPET_LENGTH} characters of `text` around the first occurrence of any of the
 * index terms (`dn:` tokens included), every occurrence inside marked `<em>…</em>`, the rest
 * HTML-escaped, runs of white space as one space, `…` where text was cut. Terms are found in the
 * normalized text and marked in the text as written, so 遼政辦發 is marked for 辽政办发. Null
 * when none of the terms occurs.
 */
export function highlightSnippet(
  text: string,
  terms: readonly string[],
  length = SNIPPET_LENGTH,
): string | null {
  const normalized = normalizeWithOffsets(text);
  const matches = nonOverlapping(findTerms(normalized.text, terms)).map(({ start, end }) => {
    const [from, to] = normalized.sourceRange(start, end);
    return { start: from, end: to };
  });
  if (matches.length === 0) return null;

  const [start, end] = snippetWindow(text, matches[0], length);
  let html = start > 0 ? '…' : '';
  let at = start;
  for (const match of matches) {
    if (match.start < start || match.end > end) continue;
    html +=
      plain(text.slice(at, match.start)) + `<em>${plain(text.slice(match.start, match.end))}</em>`;
    at = match.end;
  }
  html += plain(text.slice(at, end));
  return end < text.length ? `${html}…` : html;
}

function findTerms(text: string, terms: readonly string[]): Range[] {
  const found: Range[] = [];
  const docNumbers = new Set(terms.filter((term) => term.startsWith(DOC_NUMBER_TOKEN_PREFIX)));
  if (docNumbers.size > 0) {
    for (const match of findDocNumberTokens(text)) {
      if (docNumbers.has(match.token)) found.push({ start: match.start, end: match.end });
    }
  }
  for (const term of terms) {
    if (term === '' || docNumbers.has(term)) continue;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
      found.push({ start: at, end: at + term.length });
    }
  }
  return found;
}

/**
 * Earliest first, the longest where several start together, none overlapping an earlier one,
 * and adjacent ones joined: 政府 and 网站 in 政府网站 are one mark.
 */
function nonOverlapping(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Range[] = [];
  for (const range of ranges) {
    const last = kept[kept.length - 1];
    if (!last || range.start > last.end) kept.push({ ...range });
    else if (range.start === last.end) last.end = range.end;
  }
  return kept;
}

/** `[start, end)` of the snippet: the first match with some text before it, never half a pair. */
function snippetWindow(text: string, first: Range, length: number): [number, number] {
  if (text.length <= length) return [0, text.length];
  let start = Math.max(0, first.start - LEAD);
  let end = Math.min(text.length, start + length);
  if (end - start < length) start = Math.max(0, end - length);
  end = Math.max(end, first.end);
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++;
  return [start, end];
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function plain(text: string): string {
  return escapeUTF8(text).replace(/\s+/g, ' ');
}
