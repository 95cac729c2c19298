import type { ClassType } from 'type-graphql';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { clampPageSize } from '../../../core/paging';
import type { Level } from '../../../core/levels';
import { levelPrefix } from '../../../core/levels';
import type { LevelContext } from '../context';
import { decodeChangeCursor, encodeChangeCursor } from '../paging/changeCursor';
import type { NoticeView } from '../presenters';
import { canSeeNotice, presentChange, presentNotice } from '../presenters';
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
