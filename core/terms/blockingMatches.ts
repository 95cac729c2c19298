import type { TermMatch } from './checkTerms';

/** The matches that stop publication (severity BLOCK); WARN matches are for the reviewer's eyes. */
export function blockingMatches(matches: readonly TermMatch[]): TermMatch[] {
  return matches.filter((match) => match.severity === 'BLOCK');
}
