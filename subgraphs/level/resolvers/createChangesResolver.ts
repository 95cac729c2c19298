import type { ClassType } from 'type-graphql';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { clampPageSize } from '../../../core/paging';
import type { Level } from '../../../core/levels';
import { levelPrefix } from '../../../core/levels';
import type { LevelContext } from '../context';
import { BadUserInputError } from '../../../core/errors';
import { decodeChangeCursor, encodeChangeCursor } from '../paging/changeCursor';
import { MAX_COMPACTED_PAGE, MAX_COMPACTED_SITES } from '../paging/compactedLimits';
import { decodeExportCursor, encodeExportCursor } from '../paging/exportCursor';
import { authorize } from '../policies';
import type { NoticeView } from '../presenters';
import { canSeeNotice, presentChange, presentNotice, presentNoticeSnapshot } from '../presenters';
import type { SchemaTypes } from '../schema/createSchemaTypes';
import type { NoticeChangePage, NoticeChangeType } from '../schema/changeTypes';
import { createChangeTypes } from '../schema/changeTypes';

export const MAX_CHANGES_PAGE = 500;

/**
 * `countyChanges`, `cityChanges`, `provinceChanges`: each level's own change
 * log. Root fields need a distinct name per subgraph: the planner cannot route
 * one root field to different subgraphs by argument.
 */
export function createChangesResolver(types: SchemaTypes): ClassType[] {
  const level: Level = types.level;
  const { NoticeChange, NoticeChangePage } = createChangeTypes(types.Notice);
  @Resolver()
  class ChangesResolver {
    @Query(() => NoticeChangePage, {
      name: `${levelPrefix(level)}Changes`,
      description: `The ${levelPrefix(level)} level's change log (published, revised, withdrawn, repealed), oldest first.`,
    })
    async changes(
      @Ctx() ctx: LevelContext,
      @Arg('after', () => String, { nullable: true, description: 'Resume after this cursor.' })
      after: string | null,
      @Arg('first', () => Int, {
        defaultValue: 100,
        description: `At most 100 through the gateway (its page-size cap); ${MAX_CHANGES_PAGE} between subgraphs.`,
      })
      first: number,
    ): Promise<NoticeChangePage> {
      const size = clampPageSize(first, {
        max: MAX_CHANGES_PAGE,
        defaultSize: 100,
        field: 'first',
      });
      const from = decodeChangeCursor(after, 'after');
      const page = await ctx.changeLog.read(from, size);
      return {
        entries: page.entries.map(presentChange),
        endCursor: page.last > 0 ? encodeChangeCursor(page.last) : after,
        hasMore: page.hasMore,
      };
    }

    @Query(() => NoticeChangePage, {
      name: `${levelPrefix(level)}CompactedChanges`,
      description: `The ${levelPrefix(level)} change log compacted to the present: one PUBLISHED entry per notice that is public now, each with the notice, in a stable order (notice id order on MongoDB; storage order on the local FerretDB, which cannot sort without reading everything). What a new subscriber (a 转载规则 being backfilled) reads instead of the whole history. For the syndication workers (SYNDICATOR) and cluster admins.`,
    })
    async compactedChanges(
      @Ctx() ctx: LevelContext,
      @Arg('after', () => String, { nullable: true, description: 'Resume after this cursor.' })
      after: string | null,
      @Arg('first', () => Int, {
        defaultValue: 100,
        description: `At most ${MAX_COMPACTED_PAGE} for the hub's workers, 100 for people (the gateway's page-size cap).`,
      })
      first: number,
      @Arg('siteIds', () => [ID], {
        nullable: true,
        description: `Only notices of these sites (at most ${MAX_COMPACTED_SITES}); every site when omitted.`,
      })
      siteIds: string[] | null | undefined,
    ): Promise<NoticeChangePage> {
      authorize(ctx.principal, 'exportNotices', '*');
      const sites = siteIds ?? null;
      const size = clampPageSize(first, {
        max: MAX_COMPACTED_PAGE,
        defaultSize: 100,
        field: 'first',
      });
      if (sites !== null && sites.length > MAX_COMPACTED_SITES)
        throw new BadUserInputError(`at most ${MAX_COMPACTED_SITES} site ids`, 'siteIds');
      const from = decodeExportCursor(after, 'after');
      const page = await ctx.noticeExport.read(from, size, sites);
      let served = from.served;
      const entries = page.notices.map((doc): NoticeChangeType => {
        // The notice field of each entry reads it through the loader: it is here already.
        ctx.loaders.notice.prime(doc._id, doc);
        served += 1;
        return {
          cursor: encodeExportCursor({ afterId: doc._id, served }) ?? '',
          noticeId: doc._id,
          level: doc.level,
          type: 'PUBLISHED',
          version: doc.version,
          at: doc.publishedAt ?? doc.updatedAt,
          snapshot: presentNoticeSnapshot(doc),
        };
      });
      return {
        entries,
        endCursor: encodeExportCursor(page.next) ?? after,
        hasMore: page.hasMore,
      };
    }
  }

  /**
   * The notice as it is now, next to each entry: what a syndication worker
   * copies. Only this level's own notices are in its log, so it is always a
   * full row (ARCHITECTURE.md pattern 4); null when the caller may not see it.
   */
  @Resolver(() => NoticeChange)
  class ChangeNoticeResolver {
    @FieldResolver(() => types.Notice, { nullable: true })
    async notice(
      @Root() change: NoticeChangeType,
      @Ctx() ctx: LevelContext,
    ): Promise<NoticeView | null> {
      const doc = await ctx.loaders.notice.load(change.noticeId);
      return doc && doc.level === level && canSeeNotice(doc, ctx.principal)
        ? presentNotice(doc, ctx.principal)
        : null;
    }
  }
  return [ChangesResolver, ChangeNoticeResolver];
}
