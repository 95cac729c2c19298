import type { ClassType } from 'type-graphql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ColumnDoc } from '../../../core/model';
import type { LevelContext } from '../context';
import type { NoticeView } from '../presenters';
import { canSeeNotice, presentNotice, presentSite } from '../presenters';
import type { SiteView } from '../schema/createSiteType';
import type { SchemaTypes } from '../schema/createSchemaTypes';
import { ColumnType } from '../schema/valueTypes';

/** Relations of this level's own notice type; every fetch is batched through the request's loaders. */
export function createNoticeFieldResolver(types: SchemaTypes): ClassType {
  const ownsDirectory = types.level === 'PROVINCE';

  @Resolver(() => types.OwnNotice)
  class NoticeFieldResolver {
    @FieldResolver(() => types.Site)
    async site(
      @Root() notice: NoticeView,
      @Ctx() ctx: LevelContext,
    ): Promise<SiteView | { id: string }> {
      if (!ownsDirectory) return { id: notice.siteId };
      const site = await ctx.loaders.site.load(notice.siteId);
      return site ? presentSite(site) : { id: notice.siteId };
    }

    @FieldResolver(() => ColumnType, { nullable: true })
    async column(@Root() notice: NoticeView, @Ctx() ctx: LevelContext): Promise<ColumnDoc | null> {
      if (!notice.columnId) return null;
      const site = await ctx.loaders.site.load(notice.siteId);
      return site?.columns.find((c) => c.id === notice.columnId) ?? null;
    }

    @FieldResolver(() => types.Notice, { nullable: true })
    async interpretationOf(
      @Root() notice: NoticeView,
      @Ctx() ctx: LevelContext,
    ): Promise<NoticeView | null> {
      if (!notice.interpretsId) return null;
      const doc = await ctx.loaders.notice.load(notice.interpretsId);
      return doc && canSeeNotice(doc, ctx.principal) ? presentNotice(doc, ctx.principal) : null;
    }

    @FieldResolver(() => [types.Notice])
    async interpretations(
      @Root() notice: NoticeView,
      @Ctx() ctx: LevelContext,
    ): Promise<NoticeView[]> {
      const docs = await ctx.loaders.interpretations.load(notice.id);
      return docs
        .filter((d) => canSeeNotice(d, ctx.principal))
        .map((d) => presentNotice(d, ctx.principal));
    }
  }
  return NoticeFieldResolver;
}
