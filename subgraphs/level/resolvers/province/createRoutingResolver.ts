import type { ClassType } from 'type-graphql';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../../core/errors';
import type { Level } from '../../../../core/levels';
import { LEVELS, parseNoticeId } from '../../../../core/levels';
import { REGION_CODE_PATTERN, inRegion } from '../../../../core/syndication';
import type { LevelContext } from '../../context';
import type { NoticeView } from '../../presenters';
import { presentSnapshot } from '../../presenters/presentSnapshot';
import type { NoticeSnapshotType } from '../../schema/changeTypes';
import { canSeeNotice, presentNotice } from '../../presenters';
import type { SchemaTypes } from '../../schema/createSchemaTypes';
import type { ConnectionTypes } from '../../schema/createConnectionTypes';
import { LevelEnum } from '../../schema/enums';
import { noticeTypeName } from '../../schema/noticeTypeName';
import { clampPageSize, latestCursor } from '../../../../core/paging';
import type { NoticeRef } from '../createNoticeCommandResolver';

export const LATEST_MAX = 100;
const MAX_FILTER = 200;

interface Edge {
  cursor: string;
  node: NoticeView | NoticeRef;
  snapshot: NoticeSnapshotType | null;
}

/**
 * Root fields that may return a notice of any level. They live in the
 * province only (ARCHITECTURE.md, pattern 5) and read the catalog. The
 * writes are in createNoticeCommandResolver.
 */
export function createRoutingResolver(types: SchemaTypes, connection: ConnectionTypes): ClassType {
  @Resolver()
  class RoutingResolver {
    @Query(() => types.Notice, {
      nullable: true,
      description: 'A notice of any level by id; null when unknown.',
    })
    async notice(
      @Ctx() ctx: LevelContext,
      @Arg('id', () => ID) id: string,
    ): Promise<NoticeView | NoticeRef | null> {
      const parsed = parseNoticeId(id);
      if (!parsed) return null;
      if (parsed.level === 'PROVINCE') {
        const doc = await ctx.loaders.notice.load(id);
        return doc && canSeeNotice(doc, ctx.principal) ? presentNotice(doc, ctx.principal) : null;
      }
      // Another level's notice: for anonymous callers, answer only for what the
      // catalog (public notices) knows, so an unknown id is a clean null without a
      // trip to the owner. Signed-in staff also reach drafts and notices in
      // review; the owner decides what they may see.
      const known = requireCatalog(ctx).get(id) !== null || ctx.principal !== null;
      return known ? { __typename: noticeTypeName(parsed.level), id } : null;
    }

    @Query(() => connection.NoticeConnection, {
      description: 'Published notices of the whole cluster, newest first (publishedAt, then id).',
    })
    async latest(
      @Ctx() ctx: LevelContext,
      @Arg('first', () => Int, { defaultValue: 20, description: `At most ${LATEST_MAX}.` })
      first: number,
      @Arg('after', () => String, { nullable: true }) after: string | null,
      @Arg('levels', () => [LevelEnum], { nullable: true }) levels: Level[] | null,
      @Arg('siteId', () => ID, { nullable: true }) siteId: string | null,
      @Arg('category', () => String, { nullable: true }) category: string | null,
      @Arg('columnId', () => ID, { nullable: true, description: 'A column (栏目) of `siteId`.' })
      columnId: string | null,
      @Arg('regionCode', () => String, {
        nullable: true,
        description: '行政区划代码 or a prefix of 2 or 4 digits: notices of the sites in it.',
      })
      regionCode: string | null,
    ): Promise<{
      edges: Edge[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      totalCount: number;
    }> {
      const size = clampPageSize(first, { max: LATEST_MAX, defaultSize: 20, field: 'first' });
      const decoded = after ? latestCursor.decode(after, 'after') : null;
      const position = decoded ? { publishedAt: new Date(decoded.p), id: decoded.i } : null;
      if (
        siteId !== null &&
        siteId !== undefined &&
        !(await ctx.loaders.site.load(siteId.slice(0, 64)))
      ) {
        throw new BadUserInputError(`unknown site ${siteId}`, 'siteId');
      }
      if (category && category.length > MAX_FILTER)
        throw new BadUserInputError('category is too long', 'category');
      if (columnId && !siteId)
        throw new BadUserInputError('columnId needs the siteId it belongs to', 'columnId');
      if (columnId && siteId) {
        const site = await ctx.loaders.site.load(siteId.slice(0, 64));
        if (!site?.columns.some((c) => c.id === columnId))
          throw new BadUserInputError(`unknown column ${columnId} of site ${siteId}`, 'columnId');
      }
      let siteIds: Set<string> | null = null;
      if (regionCode) {
        if (!REGION_CODE_PATTERN.test(regionCode))
          throw new BadUserInputError(
            'regionCode must be 2, 4 or 6 digits of a 行政区划代码',
            'regionCode',
          );
        const directory = await ctx.directory.fresh();
        siteIds = new Set(
          LEVELS.flatMap((l) => directory.sitesOfLevel(l))
            .filter((s) => inRegion(s.regionCode, regionCode))
            .map((s) => s._id),
        );
      }
      const page = requireCatalog(ctx).latest({
        first: size,
        after: position,
        levels: levels && levels.length > 0 ? levels : null,
        siteId: siteId ?? null,
        category: category ?? null,
        columnId: columnId ?? null,
        siteIds,
      });
      // Own-level rows are returned in full: the planner never goes back to the
      // owning subgraph for fields it owns (ARCHITECTURE.md, pattern 4).
      const own = await ctx.loaders.notice.loadMany(
        page.rows.filter((r) => r.level === 'PROVINCE').map((r) => r._id),
      );
      const ownById = new Map<string, NoticeView>();
      for (const doc of own)
        if (doc && !(doc instanceof Error)) ownById.set(doc._id, presentNotice(doc, ctx.principal));
      const edges: Edge[] = [];
      for (const row of page.rows) {
        const cursor = latestCursor.encode({ p: row.publishedAt?.getTime() ?? 0, i: row._id });
        if (row.level !== 'PROVINCE')
          edges.push({
            cursor,
            node: { __typename: noticeTypeName(row.level), id: row._id },
            snapshot: presentSnapshot(row),
          });
        else {
          const view = ownById.get(row._id);
          if (view) edges.push({ cursor, node: view, snapshot: presentSnapshot(row) });
        }
      }
      return {
        edges,
        pageInfo: {
          hasNextPage: page.hasNextPage,
          endCursor: edges.length ? edges[edges.length - 1].cursor : null,
        },
        totalCount: page.totalCount,
      };
    }
  }
  return RoutingResolver;
}

function requireCatalog(ctx: LevelContext) {
  if (!ctx.catalog) throw new Error('the catalog is only available in the province');
  return ctx.catalog;
}
