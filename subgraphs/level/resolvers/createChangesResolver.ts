import type { ClassType } from 'type-graphql';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { clampPageSize } from '../../../core/paging';
import type { Level } from '../../../core/levels';
import { levelPrefix } from '../../../core/levels';
import type { LevelContext } from '../context';
import { decodeChangeCursor, encodeChangeCursor } from '../paging/changeCursor';
import { presentChange } from '../presenters';
import { NoticeChangePageType } from '../schema/changeTypes';

export const MAX_CHANGES_PAGE = 500;

/**
 * `countyChanges`, `cityChanges`, `provinceChanges`: each level's own change
 * log. Root fields need a distinct name per subgraph: the planner cannot route
 * one root field to different subgraphs by argument.
 */
export function createChangesResolver(level: Level): ClassType {
  @Resolver()
  class ChangesResolver {
    @Query(() => NoticeChangePageType, {
      name: `${levelPrefix(level)}Changes`,
      description: `The ${levelPrefix(level)} level's change log (published, revised, withdrawn, repealed), oldest first.`,
    })
    async changes(
      @Ctx() ctx: LevelContext,
      @Arg('after', () => String, { nullable: true, description: 'Resume after this cursor.' })
      after: string | null,
      @Arg('first', () => Int, { defaultValue: 100, description: `At most ${MAX_CHANGES_PAGE}.` })
      first: number,
    ): Promise<NoticeChangePageType> {
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
  return ChangesResolver;
}
