import { BadUserInputError, ConflictError, NotFoundError } from '../../../../core/errors';
import type { RuleDoc } from '../../../../core/model';
import type { RuleInput } from '../../../../core/syndication';
import { newRuleId, ruleLevel, validateRuleInput } from '../../../../core/syndication';
import type { LevelContext } from '../../context';
import { authorize } from '../../policies';

/** A site of this level, or BAD_USER_INPUT naming `siteId`. */
async function ownSite(ctx: LevelContext, siteId: string) {
  const site = siteId.length <= 64 ? await ctx.loaders.site.load(siteId) : null;
  if (!site || site.level !== ctx.level)
    throw new BadUserInputError(`unknown site ${siteId} for this level`, 'siteId');
  return site;
}

async function loadRule(ctx: LevelContext, id: string): Promise<RuleDoc> {
  const rule = ruleLevel(id) === ctx.level ? await ctx.rules.get(id) : null;
  if (!rule) throw new NotFoundError(`no syndication rule ${id}`, 'id');
  return rule;
}

/** The 转载规则 of a site, for its staff. */
export async function listRules(ctx: LevelContext, siteId: string): Promise<RuleDoc[]> {
  const site = await ownSite(ctx, siteId);
  authorize(ctx.principal, 'readInternal', site._id);
  return ctx.rules.bySite(site._id);
}

/** A new rule for a site (its admins); the worker backfills it over existing notices. */
export async function createRule(
  ctx: LevelContext,
  siteId: string,
  input: RuleInput,
): Promise<RuleDoc> {
  const site = await ownSite(ctx, siteId);
  const principal = authorize(ctx.principal, 'manageRules', site._id);
  const fields = validateRuleInput(input, site, await ctx.directory.fresh());
  const now = new Date();
  const rule: RuleDoc = {
    _id: newRuleId(ctx.level),
    level: ctx.level,
    siteId: site._id,
    ...fields,
    version: 1,
    createdBy: principal.sub,
    createdAt: now,
    updatedBy: principal.sub,
    updatedAt: now,
  };
  await ctx.rules.insert(rule);
  ctx.syndication?.rulesChanged(rule);
  return rule;
}

/** Replaces a rule's settings (optimistic: a stale expectedVersion gives CONFLICT). */
export async function updateRule(
  ctx: LevelContext,
  id: string,
  input: RuleInput,
  expectedVersion: number,
): Promise<RuleDoc> {
  const rule = await loadRule(ctx, id);
  const principal = authorize(ctx.principal, 'manageRules', rule.siteId);
  const site = await ownSite(ctx, rule.siteId);
  const fields = validateRuleInput(input, site, await ctx.directory.fresh());
  const next: RuleDoc = {
    ...rule,
    ...fields,
    version: expectedVersion + 1,
    updatedBy: principal.sub,
    updatedAt: new Date(),
  };
  const stored = await ctx.rules.replace(next, expectedVersion);
  if (!stored) throw stale(id, rule.version, expectedVersion);
  ctx.syndication?.rulesChanged(stored);
  return stored;
}

/** Removes a rule; copies it made stay (and keep following their originals). */
export async function deleteRule(
  ctx: LevelContext,
  id: string,
  expectedVersion: number,
): Promise<RuleDoc> {
  const rule = await loadRule(ctx, id);
  authorize(ctx.principal, 'manageRules', rule.siteId);
  if (!(await ctx.rules.remove(id, expectedVersion)))
    throw stale(id, rule.version, expectedVersion);
  ctx.syndication?.rulesChanged(null);
  return rule;
}

function stale(id: string, current: number, expected: number): ConflictError {
  return new ConflictError(
    `syndication rule ${id} is at version ${current}, not ${expected}: reload and try again`,
    current,
  );
}
