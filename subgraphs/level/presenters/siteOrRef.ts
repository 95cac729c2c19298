import type { LevelContext } from '../context';
import type { SiteView } from '../schema/createSiteType';
import { presentSite } from './presentSite';

/**
 * Sites as a resolver should return them: in the province, which owns `Site`,
 * the full row (the planner never goes back to a subgraph for fields it owns,
 * ARCHITECTURE.md pattern 4); elsewhere a bare `{ id }` the gateway resolves.
 */
export async function sitesOrRefs(
  ctx: LevelContext,
  ids: readonly string[],
): Promise<(SiteView | { id: string })[]> {
  if (ctx.level !== 'PROVINCE') return ids.map((id) => ({ id }));
  const docs = await ctx.loaders.site.loadMany([...ids]);
  return ids.map((id, i) => {
    const doc = docs[i];
    return doc && !(doc instanceof Error) ? presentSite(doc) : { id };
  });
}
