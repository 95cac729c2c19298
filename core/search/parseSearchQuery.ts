import { findDocNumberTokens } from './docNumberTokens';
import { normalizeText } from './normalizeText';
import { cutForSearch, cutWords } from './segmenter';
import { isSearchableToken } from './stopWords';

/** A word of a query and, for a long word, the shorter dictionary words inside it. */
export interface QueryWord {
  word: string;
  /** 办公室 → 办公, 公室: a notice that has all of them matches too (see parseSearchQuery). */
  parts: string[];
}

/** What a query asks for: every 文号 token and every word must match. */
export interface ParsedQuery {
  docNumbers: string[];
  words: QueryWord[];
}

/**
 * Splits a query into 文号 tokens and words. A 文号 in any form is one exact token; the rest is
 * cut into words as written (jieba's accurate mode), each once, without punctuation and stop
 * words.
 *
 * A word is looked up as a whole, or through its parts: jieba cuts a word differently in
 * different context (政府办 in a query, 县政府 + 办公室 in 县政府办公室), and the index holds the
 * dictionary words inside every long word, so requiring the parts keeps such notices findable.
 */
export function parseSearchQuery(query: string): ParsedQuery {
  const normalized = normalizeText(query);
  const found = findDocNumberTokens(normalized);
  let rest = normalized;
  for (const match of [...found].reverse()) {
    rest = `${rest.slice(0, match.start)} ${rest.slice(match.end)}`;
  }
  const words = unique(cutWords(rest).filter(isSearchableToken)).map((word) => ({
    word,
    parts: unique(cutForSearch(word).filter((part) => part !== word && isSearchableToken(part))),
  }));
  return { docNumbers: unique(found.map((match) => match.token)), words };
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
