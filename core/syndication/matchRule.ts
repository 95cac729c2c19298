import type { RuleDoc, RuleFilter, RuleScope } from '../model/syndication';
import type { SiteDoc } from '../model/site';
import { foldFullWidth } from '../text/foldFullWidth';
import { inRegion } from './regionScope';
import type { DirectoryLookup, SyndicationCandidate } from './types';

/**
 * Whether a 转载规则 picks up the candidate notice.
 *
 * - The rule must be enabled; it never matches a notice of its own site, and only a PUBLISHED
 *   candidate matches. An origin site the directory does not know never matches.
 * - Scope: the origin site is in scope if `scope.siteIds` contains it, OR, when `scope.level` or
 *   `scope.regionCode` is set, the origin's level equals `scope.level` (if set) AND its region
 *   code lies inside `scope.regionCode` (if set; see `inRegion`). With no site ids, level or
 *   region, every site is in scope. Non-empty `scope.columnIds` must contain the candidate's
 *   column.
 * - Filter: every non-empty list is a condition, all of them must hold, and within a list any
 *   entry will do: `kinds`; `categories` (the category equals one); `topics` (the notice has one);
 *   `issuers` (equal after trimming and full-width folding); `titleKeywords` (the title contains
 *   one, compared full-width folded and lower-cased); `docNumberCodes` (the 文号's issuer code
 *   equals one, full-width folded); `inForceOnly` requires validity IN_FORCE.
 */
export function matchRule(
  rule: RuleDoc,
  candidate: SyndicationCandidate,
  directory: DirectoryLookup,
): boolean {
  if (!rule.enabled || candidate.status !== 'PUBLISHED') return false;
  if (candidate.siteId === rule.siteId) return false;
  const origin = directory.site(candidate.siteId);
  if (!origin) return false;
  return inScope(rule.scope, candidate, origin) && passesFilter(rule.filter, candidate);
}

function inScope(scope: RuleScope, candidate: SyndicationCandidate, origin: SiteDoc): boolean {
  if (scope.columnIds.length > 0) {
    if (candidate.columnId === null || !scope.columnIds.includes(candidate.columnId)) return false;
  }
  return siteInScope(scope, origin);
}

/** Whether notices of `origin` can be in the scope at all (columns aside): see matchRule. */
export function siteInScope(scope: RuleScope, origin: SiteDoc): boolean {
  const bySite = scope.siteIds.length > 0;
  const byArea = scope.level !== null || scope.regionCode !== null;
  if (!bySite && !byArea) return true;
  if (bySite && scope.siteIds.includes(origin._id)) return true;
  return (
    byArea &&
    (scope.level === null || origin.level === scope.level) &&
    (scope.regionCode === null || inRegion(origin.regionCode, scope.regionCode))
  );
}

function passesFilter(filter: RuleFilter, candidate: SyndicationCandidate): boolean {
  if (filter.inForceOnly && candidate.validity !== 'IN_FORCE') return false;
  if (filter.kinds.length > 0 && !filter.kinds.includes(candidate.kind)) return false;
  if (filter.categories.length > 0) {
    if (candidate.category === null || !filter.categories.includes(candidate.category)) {
      return false;
    }
  }
  if (filter.topics.length > 0 && !candidate.topics.some((t) => filter.topics.includes(t))) {
    return false;
  }
  if (filter.issuers.length > 0) {
    const issuer = candidate.issuer === null ? null : foldName(candidate.issuer);
    if (issuer === null || !filter.issuers.some((i) => foldName(i) === issuer)) return false;
  }
  if (filter.titleKeywords.length > 0) {
    const title = foldText(candidate.title);
    if (!filter.titleKeywords.some((k) => title.includes(foldText(k)))) return false;
  }
  if (filter.docNumberCodes.length > 0) {
    const code = candidate.docNumber ? foldName(candidate.docNumber.issuerCode) : null;
    if (code === null || !filter.docNumberCodes.some((c) => foldName(c) === code)) return false;
  }
  return true;
}

/** Names (issuers, 文号 codes) compare trimmed and full-width folded. */
function foldName(text: string): string {
  return foldFullWidth(text).trim();
}

/** Titles and keywords compare full-width folded and lower-cased. */
function foldText(text: string): string {
  return foldFullWidth(text).toLowerCase();
}
