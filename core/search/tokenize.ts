import { findDocNumberTokens } from './docNumberTokens';
import { normalizeText } from './normalizeText';
import { cutForSearch } from './segmenter';
import { isSearchableToken } from './stopWords';

/**
 * The index terms of a piece of text: the words of its normalized form in jieba's search mode
 * (so 办公室 gives 办公, 公室 and 办公室), without punctuation, spaces and stop words, in order
 * and with repeats (the index counts them), followed by one `dn:` token for every 文号 in it.
 */
export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  const tokens = cutForSearch(normalized).filter(isSearchableToken);
  for (const match of findDocNumberTokens(normalized)) tokens.push(match.token);
  return tokens;
}
