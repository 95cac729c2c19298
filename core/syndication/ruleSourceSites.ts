import type { Level } from '../levels/level';
import type { RuleDoc } from '../model/syndication';
import { siteInScope } from './matchRule';
import type { DirectoryLookup } from './types';

/**
 * The sites of one level whose notices a rule can pick up (its scope, never its own site),
 * for reading only those when the rule is backfilled; empty when it can pick up none there.
 */
export function ruleSourceSites(rule: RuleDoc, level: Level, directory: DirectoryLookup): string[] {
  return directory
    .sitesOfLevel(level)
    .filter((site) => site._id !== rule.siteId && siteInScope(rule.scope, site))
    .map((site) => site._id);
}
