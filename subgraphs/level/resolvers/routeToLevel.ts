import { BadUserInputError } from '../../../core/errors';
import type { Level } from '../../../core/levels';
import type { LevelContext } from '../context';
import type { RoutedOperation } from '../routing';

/** Runs a routed operation at the level that owns the data, with the caller's own token. */
export function routeToLevel(
  ctx: LevelContext,
  owner: Level,
  operation: RoutedOperation,
  variables: Record<string, unknown>,
): Promise<unknown> {
  if (!ctx.router) throw new Error('no level router configured');
  return ctx.router.run(owner, operation, variables, {
    authorization: ctx.authorization,
    requestId: ctx.requestId,
  });
}

/** The level of a site of the directory; BAD_USER_INPUT naming `siteId` when unknown. */
export async function siteLevel(ctx: LevelContext, siteId: string): Promise<Level> {
  const site = siteId.length <= 64 ? await ctx.loaders.site.load(siteId) : null;
  if (!site) throw new BadUserInputError(`unknown site ${siteId}`, 'siteId');
  return site.level;
}
