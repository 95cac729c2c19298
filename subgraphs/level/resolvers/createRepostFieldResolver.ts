import type { ClassType } from 'type-graphql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ColumnDoc } from '../../../core/model';
import { parseNoticeId } from '../../../core/levels';
import type { LevelContext } from '../context';
import type { NoticeView, RepostView } from '../presenters';
import {
  canSeeNotice,
  canSeeRepost,
  presentNotice,
  presentRepost,
  sitesOrRefs,
} from '../presenters';
import { repostId } from '../../../core/syndication';
import type { SiteView } from '../schema/createSiteType';
import type { SchemaTypes } from '../schema/createSchemaTypes';
import { noticeTypeName } from '../schema/noticeTypeName';
import { ColumnType } from '../schema/valueTypes';
import type { NoticeRef } from './createNoticeCommandResolver';

/** Relations of this level's own repost type: its site, its column and the live original. */
export function createRepostFieldResolver(types: SchemaTypes): ClassType {
  async function noticeOrRef(
    ctx: LevelContext,
    id: string | null,
  ): Promise<NoticeView | NoticeRef | null> {
    if (!id) return null;
    const parsed = parseNoticeId(id);
    if (!parsed) return null;
    // Another level's notice: a reference the gateway resolves at its owner
    // (which decides what the caller may see). Our own: the full row.
    if (parsed.level !== types.level) return { __typename: noticeTypeName(parsed.level), id };
    const doc = await ctx.loaders.notice.load(id);
    return doc && canSeeNotice(doc, ctx.principal) ? presentNotice(doc, ctx.principal) : null;
  }

  @Resolver(() => types.OwnRepost)
  class RepostFieldResolver {
    @FieldResolver(() => types.Site)
    async site(
      @Root() repost: RepostView,
      @Ctx() ctx: LevelContext,
    ): Promise<SiteView | { id: string }> {
      return (await sitesOrRefs(ctx, [repost.siteId]))[0];
    }

    @FieldResolver(() => ColumnType, { nullable: true })
    async column(@Root() repost: RepostView, @Ctx() ctx: LevelContext): Promise<ColumnDoc | null> {
      if (!repost.columnId) return null;
      const site = await ctx.loaders.site.load(repost.siteId);
      return site?.columns.find((c) => c.id === repost.columnId) ?? null;
    }

    @FieldResolver(() => types.Notice, { nullable: true })
    original(@Root() repost: RepostView, @Ctx() ctx: LevelContext) {
      return noticeOrRef(ctx, repost.originalId);
    }

    @FieldResolver(() => types.Notice, { nullable: true })
    interpretationOf(@Root() repost: RepostView, @Ctx() ctx: LevelContext) {
      return noticeOrRef(ctx, repost.interpretsId);
    }

    /** 解读 stay with their policy: the copy of the policy on the same site, if any. */
    @FieldResolver(() => types.Repost, { nullable: true })
    async policyCopy(
      @Root() repost: RepostView,
      @Ctx() ctx: LevelContext,
    ): Promise<RepostView | null> {
      if (!repost.interpretsId) return null;
      const doc = await ctx.loaders.repost.load(
        repostId(repost.level, repost.siteId, repost.interpretsId),
      );
      return doc && canSeeRepost(doc, ctx.principal) ? presentRepost(doc) : null;
    }
  }
  return RepostFieldResolver;
}
