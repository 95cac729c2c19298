import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap';
import type { Level } from '../../../core/levels';
import type { LevelContext } from '../context';
import type { NoticeView, RepostView } from '../presenters';
import {
  canSeeNotice,
  canSeeRepost,
  presentNotice,
  presentRepost,
  presentSite,
} from '../presenters';
import { repostTypeName } from '../schema/repostTypeName';
import type { SiteView } from '../schema/createSiteType';
import { noticeTypeName } from '../schema/noticeTypeName';

/** `__resolveReference` for the entities this level owns (type-graphql has no decorator for it). */
export function createReferenceResolvers(level: Level): GraphQLResolverMap<LevelContext> {
  const map: GraphQLResolverMap<LevelContext> = {
    [noticeTypeName(level)]: {
      async __resolveReference(ref: { id: string }, ctx: LevelContext): Promise<NoticeView | null> {
        const doc = await ctx.loaders.notice.load(ref.id);
        return doc && doc.level === level && canSeeNotice(doc, ctx.principal)
          ? presentNotice(doc, ctx.principal)
          : null;
      },
    },
    [repostTypeName(level)]: {
      async __resolveReference(ref: { id: string }, ctx: LevelContext): Promise<RepostView | null> {
        const doc = await ctx.loaders.repost.load(ref.id);
        return doc && doc.level === level && canSeeRepost(doc, ctx.principal)
          ? presentRepost(doc)
          : null;
      },
    },
  };
  if (level === 'PROVINCE') {
    map.Site = {
      async __resolveReference(ref: { id: string }, ctx: LevelContext): Promise<SiteView | null> {
        const doc = await ctx.loaders.site.load(ref.id);
        return doc ? presentSite(doc) : null;
      },
    };
  }
  return map;
}
