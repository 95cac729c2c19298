import { BadUserInputError } from '../../../../core/errors';
import type { RepostStatus } from '../../../../core/model';
import { clampPageSize, repostCursor } from '../../../../core/paging';
import type { LevelContext } from '../../context';
import { may } from '../../policies';
import type { QueuePage } from '../../queries';

export const REPOSTS_MAX = 100;

/**
 * A site's copies of other sites' notices, newest first. Anyone sees the
 * live ones; the site's staff also see the queued, withdrawn and declined.
 */
export async function repostPage(
  ctx: LevelContext,
  siteId: string,
  status: RepostStatus | null,
  first: number,
  after: string | null,
): Promise<QueuePage> {
  const site = siteId.length <= 64 ? await ctx.loaders.site.load(siteId) : null;
  if (!site || site.level !== ctx.level)
    throw new BadUserInputError(`unknown site ${siteId}`, 'siteId');
  const staff = may(ctx.principal, 'readInternal', site._id);
  const wanted = status ?? (staff ? null : 'PUBLISHED');
  if (wanted !== 'PUBLISHED' && !staff)
    throw new BadUserInputError("only the site's staff see reposts that are not live", 'status');
  const size = clampPageSize(first, { max: REPOSTS_MAX, defaultSize: 20, field: 'first' });
  const position = after ? repostCursor.decode(after) : null;
  const page = await ctx.reposts.page(
    site._id,
    wanted,
    size,
    position ? { at: new Date(position.t), id: position.i } : null,
  );
  return {
    items: page.rows.map((row) => ({
      id: row._id,
      cursor: repostCursor.encode({ t: row.repostedAt.getTime(), i: row._id }),
    })),
    hasNextPage: page.hasNextPage,
    totalCount: page.totalCount,
  };
}
