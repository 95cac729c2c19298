import type { ClassType } from 'type-graphql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ColumnDoc } from '../../../core/model';
import type { LevelContext } from '../context';
import type { NoticeView, ReceiptView, RepostView } from '../presenters';
import {
  canSeeNotice,
  canSeeRepost,
  presentNotice,
  presentReceipt,
  presentRepost,
  presentSite,
  sitesOrRefs,
} from '../presenters';
import { coverageOf, repostLevel } from '../../../core/syndication';
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

    @FieldResolver(() => [types.syndication.SyndicationReceipt])
    async syndication(
      @Root() notice: NoticeView,
      @Ctx() ctx: LevelContext,
    ): Promise<ReceiptView[]> {
      const receipts = (await ctx.loaders.receipts.load(notice.id)).map(presentReceipt);
      const sites = await sitesOrRefs(
        ctx,
        receipts.map((r) => r.site.id),
      );
      // A copy made by a site of this same level is ours: the full row, not a reference.
      const own = await ctx.loaders.repost.loadMany(
        receipts.flatMap((r) =>
          r.repost && repostLevel(r.repost.id) === ctx.level ? [r.repost.id] : [],
        ),
      );
      const ownById = new Map<string, RepostView>();
      for (const doc of own)
        if (doc && !(doc instanceof Error) && canSeeRepost(doc, ctx.principal))
          ownById.set(doc._id, presentRepost(doc));
      return receipts.map((r, i) => ({
        ...r,
        site: sites[i],
        repost:
          r.repost && repostLevel(r.repost.id) === ctx.level
            ? (ownById.get(r.repost.id) ?? null)
            : r.repost,
      }));
    }

    @FieldResolver(() => types.syndication.Coverage, { nullable: true })
    async coverage(@Root() notice: NoticeView, @Ctx() ctx: LevelContext) {
      const mandate = notice.mandate;
      if (!mandate || !notice.publishedAt) return null;
      const directory = await ctx.directory.fresh();
      const origin = directory.site(notice.siteId);
      if (!origin) return null;
      const receipts = await ctx.loaders.receipts.load(notice.id);
      const asOf = ctx.clock.now();
      const c = coverageOf({
        mandate,
        origin,
        liveAt: notice.publishedAt,
        receipts: receipts.map((r) => ({ siteId: r.siteId, status: r.status, at: r.at })),
        directory,
        asOf,
      });
      const refs = (sites: { _id: string }[]) =>
        sitesOrRefs(
          ctx,
          sites.map((x) => x._id),
        );
      return {
        deadline: c.deadline,
        asOf,
        expectedCount: c.expected.length,
        doneCount: c.done.length,
        missingCount: c.missing.length,
        overdueCount: c.overdue.length,
        expected: await refs(c.expected),
        done: await refs(c.done),
        late: await refs(c.late),
        missing: await refs(c.missing),
        overdue: await refs(c.overdue),
      };
    }
  }
  return NoticeFieldResolver;
}
