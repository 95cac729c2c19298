import type { Level } from '../levels/level';
import type { SiteDoc } from '../model/site';
import type { RuleDoc } from '../model/syndication';
import { mandateDeadline } from './mandateDeadline';
import { mandateSites } from './mandateSites';
import { matchRule } from './matchRule';
import type { DirectoryLookup, SyndicationCandidate, SyndicationTarget } from './types';

/**
 * The copies the worker of `level` should hold of a candidate notice: one target per site, sorted
 * by site id. Nothing unless the candidate is PUBLISHED.
 *
 * - Rules: every rule of `level` (rules of other levels are ignored) that `matchRule`s the
 *   candidate targets its subscribing site.
 * - Mandate: when `candidate.mandate.levels` includes `level`, the `mandateSites` of that level
 *   are targets with mode REPOST, publish REVIEW, the site's first REPOST column and a deadline
 *   `deadlineHours` after `liveAt`.
 * - Merged per site, never the origin site, a site of another level or one missing from the
 *   directory: REPOST beats LINK; IMMEDIATELY (from any matching rule) beats REVIEW; the column is
 *   the `targetColumnId` of the first matching rule (by rule `_id`) that has one, else the site's
 *   first REPOST column, else null; `ruleIds` sorted; the deadline comes from the mandate (null
 *   without one).
 */
export function planTargets(args: {
  level: Level;
  candidate: SyndicationCandidate;
  liveAt: Date;
  rules: readonly RuleDoc[];
  directory: DirectoryLookup;
}): SyndicationTarget[] {
  const { level, candidate, liveAt, rules, directory } = args;
  if (candidate.status !== 'PUBLISHED') return [];

  /** The sites that get a target, by id: of `level`, in the directory, not the origin. */
  const sites = new Map<string, SiteDoc>();
  const eligible = (siteId: string): boolean => {
    if (siteId === candidate.siteId) return false;
    const site = directory.site(siteId);
    if (!site || site.level !== level) return false;
    sites.set(siteId, site);
    return true;
  };

  const byRule = new Map<string, RuleDoc[]>();
  const sortedRules = rules
    .filter((rule) => rule.level === level)
    .sort((a, b) => compareIds(a._id, b._id));
  for (const rule of sortedRules) {
    if (!matchRule(rule, candidate, directory) || !eligible(rule.siteId)) continue;
    const list = byRule.get(rule.siteId) ?? [];
    list.push(rule);
    byRule.set(rule.siteId, list);
  }

  const mandated = new Set<string>();
  let deadline: Date | null = null;
  const mandate = candidate.mandate;
  const origin = directory.site(candidate.siteId);
  if (mandate && origin && mandate.levels.includes(level)) {
    deadline = mandateDeadline(mandate, liveAt);
    for (const site of mandateSites(mandate, origin, directory)) {
      if (eligible(site._id)) mandated.add(site._id);
    }
  }

  const targets: SyndicationTarget[] = [];
  for (const [siteId, site] of [...sites].sort(([a], [b]) => compareIds(a, b))) {
    const matched = byRule.get(siteId) ?? [];
    const isMandated = mandated.has(siteId);
    targets.push({
      siteId,
      level,
      mode: isMandated || matched.some((r) => r.mode === 'REPOST') ? 'REPOST' : 'LINK',
      publish: matched.some((r) => r.publish === 'IMMEDIATELY') ? 'IMMEDIATELY' : 'REVIEW',
      columnId:
        matched.find((r) => r.targetColumnId !== null)?.targetColumnId ?? repostColumnId(site),
      ruleIds: matched.map((r) => r._id),
      deadline: isMandated ? deadline : null,
    });
  }
  return targets;
}

/** The id of the site's first 转载 column, where copies go unless a rule names another. */
function repostColumnId(site: SiteDoc): string | null {
  return site.columns.find((c) => c.kind === 'REPOST')?.id ?? null;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
