import type { ClassType } from 'type-graphql';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Filter } from 'mongodb';
import type { Level } from '../../../../core/levels';
import type { SiteDoc } from '../../../../core/model';
import type { LevelContext } from '../../context';
import { presentSite } from '../../presenters';
import type { SiteView } from '../../schema/createSiteType';
import { LevelEnum } from '../../schema/enums';

const MAX_ID = 64;

/** The cluster directory (网站名录): owned by the province. */
export function createDirectoryResolver(Site: ClassType): ClassType {
  @Resolver(() => Site)
  class DirectoryResolver {
    @Query(() => Site, {
      nullable: true,
      description: 'A site of the cluster by id; null when unknown.',
    })
    async site(
      @Ctx() ctx: LevelContext,
      @Arg('id', () => ID) id: string,
    ): Promise<SiteView | null> {
      if (id.length > MAX_ID) return null;
      const doc = await ctx.loaders.site.load(id);
      return doc ? presentSite(doc) : null;
    }

    @Query(() => [Site], {
      description: 'Sites of the cluster, optionally of one level or below one parent.',
    })
    async sites(
      @Ctx() ctx: LevelContext,
      @Arg('level', () => LevelEnum, { nullable: true }) level: Level | null,
      @Arg('parentId', () => ID, { nullable: true }) parentId: string | null,
    ): Promise<SiteView[]> {
      const filter: Filter<SiteDoc> = {};
      if (level) filter.level = level;
      if (parentId !== null && parentId !== undefined) filter.parentId = parentId;
      const docs = await ctx.collections.sites.find(filter).sort({ _id: 1 }).limit(5000).toArray();
      for (const d of docs) ctx.loaders.site.prime(d._id, d);
      return docs.map(presentSite);
    }

    @FieldResolver(() => Site, { nullable: true })
    async parent(@Root() site: SiteView, @Ctx() ctx: LevelContext): Promise<SiteView | null> {
      if (!site.parentId) return null;
      const doc = await ctx.loaders.site.load(site.parentId);
      return doc ? presentSite(doc) : null;
    }

    @FieldResolver(() => [Site])
    async children(@Root() site: SiteView, @Ctx() ctx: LevelContext): Promise<SiteView[]> {
      return (await ctx.loaders.childSites.load(site.id)).map(presentSite);
    }
  }
  return DirectoryResolver;
}
