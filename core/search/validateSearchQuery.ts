import { BadUserInputError } from '../errors';
import type { ParsedQuery } from './parseSearchQuery';
import { parseSearchQuery } from './parseSearchQuery';

/** Longest query accepted, in characters (code points). */
export const MAX_QUERY_LENGTH = 200;

/**
 * Checks a query as a client sent it and returns what it asks for. An empty query, one over
 * {@link MAX_QUERY_LENGTH} characters, and one with nothing to search for (punctuation and stop
 * words only) are the client's mistake: BadUserInputError on the argument `query`.
 */
export function validateSearchQuery(query: string): ParsedQuery {
  const trimmed = query.trim();
  if (trimmed === '') throw new BadUserInputError('query is empty', 'query');
  const length = [...trimmed].length;
  if (length > MAX_QUERY_LENGTH) {
    throw new BadUserInputError(
      `query is too long (${length} characters, at most ${MAX_QUERY_LENGTH})`,
      'query',
    );
  }
  const parsed = parseSearchQuery(trimmed);
  if (parsed.docNumbers.length === 0 && parsed.words.length === 0) {
    throw new BadUserInputError(
      'query has nothing to search for: only punctuation or words too common to search (的, 关于 …)',
      'query',
    );
  }
  return parsed;
}
