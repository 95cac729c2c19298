import { blockingMatches } from './blockingMatches';
import type { TermMatch } from './checkTerms';

/**
 * An approver's decision that listed terms are correct in one notice (a 扫黄打非 notice has to
 * name 色情; a history of the reform names 国家工商总局). Stored by the workflow with the notice.
 */
export interface TermOverride {
  /** Terms as written in the list (`TermMatch.term`). */
  terms: string[];
}

/** The blocking matches whose term has not been overridden: publication waits for these. */
export function unresolvedMatches(
  matches: readonly TermMatch[],
  overriddenTerms: readonly string[],
): TermMatch[] {
  const overridden = new Set(overriddenTerms);
  return blockingMatches(matches).filter((match) => !overridden.has(match.term));
}
