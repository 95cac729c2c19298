import type { Filter } from 'mongodb';
import { BadUserInputError } from '../../../core/errors';
import type { NoticeDoc } from '../../../core/model';
import { clampPageSize, queueCursor } from '../../../core/paging';
import { IN_REVIEW } from '../commands';
import type { LevelContext } from '../context';
import { authorize } from '../policies';

export const QUEUE_MAX = 100;

export interface QueuePage {
  items: { id: string; cursor: string }[];
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * A site's notices in review (submitted, 初审/复审 passed, approved and
 * waiting to be published), oldest first, for the site's staff.
 */
export async function reviewQueue(
  ctx: LevelContext,
  siteId: string,
  first: number,
  after: string | null,
): Promise<QueuePage> {
  const site = siteId.length <= 64 ? await ctx.loaders.site.load(siteId) : null;
  if (!site || site.level !== ctx.level)
    throw new BadUserInputError(`unknown site ${siteId}`, 'siteId');
  authorize(ctx.principal, 'readInternal', site._id);
  const size = clampPageSize(first, { max: QUEUE_MAX, defaultSize: 20, field: 'first' });
  const position = after ? queueCursor.decode(after) : null;
  const base: Filter<NoticeDoc> = { siteId: site._id, status: { $in: [...IN_REVIEW] } };
  const filter: Filter<NoticeDoc> = position
    ? {
        ...base,
        $or: [
          { updatedAt: { $gt: new Date(position.t) } },
          { updatedAt: new Date(position.t), _id: { $gt: position.i } },
        ],
      }
    : base;
  const [rows, totalCount] = await Promise.all([
    ctx.collections.notices
      .find(filter, { projection: { _id: 1, updatedAt: 1 } })
      .sort({ updatedAt: 1, _id: 1 })
      .limit(size + 1)
      .toArray(),
    ctx.collections.notices.countDocuments(base),
  ]);
  return {
    items: rows.slice(0, size).map((row) => ({
      id: row._id,
      cursor: queueCursor.encode({ t: row.updatedAt.getTime(), i: row._id }),
    })),
    hasNextPage: rows.length > size,
    totalCount,
  };
}
