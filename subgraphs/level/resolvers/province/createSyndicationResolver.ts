import type { ClassType } from 'type-graphql';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError, NotFoundError } from '../../../../core/errors';
import type { Level } from '../../../../core/levels';
import { LEVELS, parseNoticeId } from '../../../../core/levels';
import type { RepostStatus } from '../../../../core/model';
import { inRegion, repostLevel, ruleLevel } from '../../../../core/syndication';
import { clampPageSize } from '../../../../core/paging';
import type { LevelContext } from '../../context';
import type { RepostView } from '../../presenters';
import {
  canSeeRepost,
  presentNotice,
  presentRepost,
  presentRule,
  sitesOrRefs,
} from '../../presenters';
import type { QueuePage } from '../../queries';
import type { RoutedOperation } from '../../routing';
import type { SchemaTypes } from '../../schema/createSchemaTypes';
import type { ConnectionTypes } from '../../schema/createConnectionTypes';
import { LevelEnum, RepostStatusEnum } from '../../schema/enums';
import { noticeTypeName } from '../../schema/noticeTypeName';
import { repostTypeName } from '../../schema/repostTypeName';
import { SyndicationReceiptInput, SyndicationRuleInput } from '../../schema/syndicationInputs';
import {
  OverdueReportType,
  OverdueRepostType,
  ReceiptsRecordedType,
  SiteSyndicationFiguresType,
  SyndicationRuleType,
} from '../../schema/syndicationTypes';
import type { OverdueMandate, SiteFigures } from '../../syndication/commands';
import {
  FIGURES_SITES_MAX,
  checkRegion,
  createRule,
  declineRepost,
  deleteRule,
  listRules,
  overdueMandates,
  publishRepost,
  recordReceipts,
  repostPage,
  syndicationFigures,
  updateRule,
} from '../../syndication/commands';
import { authorize } from '../../policies';
import type { SiteView } from '../../schema/createSiteType';
import { routeToLevel, siteLevel } from '../routeToLevel';

type RepostRef = { __typename: string; id: string };
/** The gateway allows at most 100 items per page anyway. */
const OVERDUE_MAX = 100;

/**
 * The public syndication API (province; ARCHITECTURE.md pattern 5): 转载规则,
 * a site's reposts, the review of queued copies, the workers' receipts and
 * the cluster admins' reports. Each operation runs at the level that keeps
 * the data (rules and copies at the reposting level, receipts at the origin),
 * forwarded with the caller's token; that level authorizes it again.
 */
export function createSyndicationResolver(
  types: SchemaTypes,
  connection: ConnectionTypes,
): ClassType[] {
  function levelOf(id: string, of: (id: string) => Level | null, what: string): Level {
    const owner = of(id);
    if (!owner) throw new NotFoundError(`no ${what} ${id}`, 'id');
    return owner;
  }

  /** A repost this level owns in full; another level's as a reference. */
  async function repostResult(
    ctx: LevelContext,
    owner: Level,
    local: () => Promise<RepostView>,
    operation: RoutedOperation,
    variables: Record<string, unknown>,
  ): Promise<RepostView | RepostRef> {
    if (owner === 'PROVINCE') return local();
    const result = (await routeToLevel(ctx, owner, operation, variables)) as { id?: unknown };
    if (typeof result.id !== 'string') throw new Error('the level returned no repost');
    return { __typename: repostTypeName(owner), id: result.id };
  }

  @Resolver()
  class SyndicationResolver {
    @Query(() => [SyndicationRuleType], {
      description: "A site's 转载规则, for its staff.",
    })
    async syndicationRules(@Ctx() ctx: LevelContext, @Arg('siteId', () => ID) siteId: string) {
      const owner = await siteLevel(ctx, siteId);
      if (owner === 'PROVINCE') return (await listRules(ctx, siteId)).map(presentRule);
      return routeToLevel(ctx, owner, 'SyndicationRules', { siteId });
    }

    @Mutation(() => SyndicationRuleType, {
      description:
        'A new 转载规则 for a site (its admins). Existing notices that match are backfilled.',
    })
    async createSyndicationRule(
      @Ctx() ctx: LevelContext,
      @Arg('siteId', () => ID) siteId: string,
      @Arg('input', () => SyndicationRuleInput) input: SyndicationRuleInput,
    ) {
      const owner = await siteLevel(ctx, siteId);
      if (owner === 'PROVINCE') return presentRule(await createRule(ctx, siteId, input));
      return routeToLevel(ctx, owner, 'CreateSyndicationRule', { siteId, input });
    }

    @Mutation(() => SyndicationRuleType, { description: "Replaces a rule's settings." })
    async updateSyndicationRule(
      @Ctx() ctx: LevelContext,
      @Arg('id', () => ID) id: string,
      @Arg('input', () => SyndicationRuleInput) input: SyndicationRuleInput,
      @Arg('expectedVersion', () => Int, {
        description: 'The version you last read; a stale one gives CONFLICT.',
      })
      expectedVersion: number,
    ) {
      const owner = levelOf(id, ruleLevel, 'syndication rule');
      if (owner === 'PROVINCE')
        return presentRule(await updateRule(ctx, id, input, expectedVersion));
      return routeToLevel(ctx, owner, 'UpdateSyndicationRule', { id, input, expectedVersion });
    }

    @Mutation(() => SyndicationRuleType, {
      description:
        'Removes a rule and returns it; the copies it made stay and follow their originals.',
    })
    async deleteSyndicationRule(
      @Ctx() ctx: LevelContext,
      @Arg('id', () => ID) id: string,
      @Arg('expectedVersion', () => Int) expectedVersion: number,
    ) {
      const owner = levelOf(id, ruleLevel, 'syndication rule');
      if (owner === 'PROVINCE') return presentRule(await deleteRule(ctx, id, expectedVersion));
      return routeToLevel(ctx, owner, 'DeleteSyndicationRule', { id, expectedVersion });
    }

    @Query(() => types.Repost, { nullable: true, description: 'A repost or link by id.' })
    async repost(
      @Ctx() ctx: LevelContext,
      @Arg('id', () => ID) id: string,
    ): Promise<RepostView | RepostRef | null> {
      const owner = repostLevel(id);
      if (!owner) return null;
      if (owner !== 'PROVINCE') return { __typename: repostTypeName(owner), id };
      const doc = await ctx.loaders.repost.load(id);
      return doc && canSeeRepost(doc, ctx.principal) ? presentRepost(doc) : null;
    }

    @Query(() => connection.RepostConnection, {
      description:
        "A site's reposts and links, newest first; its staff also see queued, withdrawn and declined ones.",
    })
    async reposts(
      @Ctx() ctx: LevelContext,
      @Arg('siteId', () => ID) siteId: string,
      @Arg('status', () => RepostStatusEnum, { nullable: true }) status: RepostStatus | null,
      @Arg('first', () => Int, { defaultValue: 20, description: 'At most 100.' }) first: number,
      @Arg('after', () => String, { nullable: true }) after: string | null,
    ) {
      const owner = await siteLevel(ctx, siteId);
      const page =
        owner === 'PROVINCE'
          ? await repostPage(ctx, siteId, status ?? null, first, after)
          : ((await routeToLevel(ctx, owner, 'Reposts', {
              siteId,
              status,
              first,
              after,
            })) as QueuePage);
      const own = new Map<string, RepostView>();
      if (owner === 'PROVINCE') {
        const docs = await ctx.loaders.repost.loadMany(page.items.map((i) => i.id));
        for (const doc of docs)
          if (doc && !(doc instanceof Error)) own.set(doc._id, presentRepost(doc));
      }
      const edges = page.items.flatMap((item) => {
        const node =
          owner === 'PROVINCE'
            ? own.get(item.id)
            : { __typename: repostTypeName(owner), id: item.id };
        return node ? [{ cursor: item.cursor, node }] : [];
      });
      return {
        edges,
        pageInfo: {
          hasNextPage: page.hasNextPage,
          endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
        },
        totalCount: page.totalCount,
      };
    }

    @Mutation(() => types.Repost, {
      description:
        'Puts a copy queued for review (审核) on the site (reviewers, approvers, site admins).',
    })
    publishRepost(@Ctx() ctx: LevelContext, @Arg('id', () => ID) id: string) {
      const owner = levelOf(id, repostLevel, 'repost');
      return repostResult(
        ctx,
        owner,
        async () => presentRepost(await publishRepost(ctx, id)),
        'PublishRepost',
        { id },
      );
    }

    @Mutation(() => types.Repost, {
      description:
        'Turns down a queued copy, with a reason; mandatory reposts (下行) cannot be declined.',
    })
    declineRepost(
      @Ctx() ctx: LevelContext,
      @Arg('id', () => ID) id: string,
      @Arg('reason', () => String) reason: string,
    ) {
      const owner = levelOf(id, repostLevel, 'repost');
      return repostResult(
        ctx,
        owner,
        async () => presentRepost(await declineRepost(ctx, id, reason)),
        'DeclineRepost',
        { id, reason },
      );
    }

    @Mutation(() => ReceiptsRecordedType, {
      description:
        'Syndication workers (SYNDICATOR) report copies to the origin: the receipts behind Notice.syndication.',
    })
    async recordSyndicationReceipts(
      @Ctx() ctx: LevelContext,
      @Arg('receipts', () => [SyndicationReceiptInput]) receipts: SyndicationReceiptInput[],
    ) {
      authorize(ctx.principal, 'syndicate', '*');
      const byOrigin = new Map<Level, SyndicationReceiptInput[]>();
      receipts.forEach((r, i) => {
        const origin = parseNoticeId(r.noticeId)?.level;
        if (!origin)
          throw new BadUserInputError(`no notice ${r.noticeId}`, `receipts.${i}.noticeId`);
        byOrigin.set(origin, [...(byOrigin.get(origin) ?? []), r]);
      });
      let recorded = 0;
      for (const [origin, list] of byOrigin) {
        if (origin === 'PROVINCE') recorded += await recordReceipts(ctx, list);
        else {
          const result = (await routeToLevel(ctx, origin, 'RecordSyndicationReceipts', {
            receipts: list.map((r) => ({ ...r, at: r.at.toISOString() })),
          })) as { recorded: number };
          recorded += result.recorded;
        }
      }
      return { recorded };
    }

    @Query(() => OverdueReportType, {
      description:
        'Cluster admins: mandatory reposts (下行) past their deadline, by region of the late site.',
    })
    async overdueReposts(
      @Ctx() ctx: LevelContext,
      @Arg('regionCode', () => String, { nullable: true }) regionCode: string | null,
      @Arg('first', () => Int, { defaultValue: 100, description: `At most ${OVERDUE_MAX}.` })
      first: number,
    ) {
      authorize(ctx.principal, 'readReports', '*');
      const region = checkRegion(regionCode ?? null);
      const size = clampPageSize(first, { max: OVERDUE_MAX, defaultSize: 100, field: 'first' });
      // Counties are the lowest level: only cities and the province mandate.
      const [own, city] = await Promise.all([
        overdueMandates(ctx, region),
        routeToLevel(ctx, 'CITY', 'OverdueMandates', { regionCode: region }) as Promise<
          OverdueMandate[]
        >,
      ]);
      const rows = [...own, ...city].sort(
        (a, b) => b.hoursOverdue - a.hoursOverdue || a.siteId.localeCompare(b.siteId),
      );
      const counts = new Map<string, number>();
      for (const row of rows) counts.set(row.regionCode, (counts.get(row.regionCode) ?? 0) + 1);
      return {
        asOf: ctx.clock.now(),
        totalCount: rows.length,
        byRegion: [...counts.entries()]
          .map(([code, count]) => ({ regionCode: code, count }))
          .sort((a, b) => b.count - a.count || a.regionCode.localeCompare(b.regionCode)),
        items: rows.slice(0, size),
      };
    }

    @Query(() => [SiteSyndicationFiguresType], {
      description:
        'Cluster admins: per-site figures (reposts made, median latency, overdue) for given sites or a level inside a region.',
    })
    async syndicationStats(
      @Ctx() ctx: LevelContext,
      @Arg('siteIds', () => [ID], { nullable: true }) siteIds: string[] | null,
      @Arg('level', () => LevelEnum, { nullable: true }) level: Level | null,
      @Arg('regionCode', () => String, { nullable: true }) regionCode: string | null,
    ): Promise<SiteFigures[]> {
      authorize(ctx.principal, 'readReports', '*');
      const region = checkRegion(regionCode ?? null);
      const directory = await ctx.directory.fresh();
      let sites = siteIds?.length
        ? siteIds.map((id, i) => {
            const site = directory.site(id);
            if (!site) throw new BadUserInputError(`unknown site ${id}`, `siteIds.${i}`);
            return site;
          })
        : LEVELS.filter((l) => !level || l === level).flatMap((l) => [
            ...directory.sitesOfLevel(l),
          ]);
      if (region) sites = sites.filter((s) => inRegion(s.regionCode, region));
      if (sites.length > FIGURES_SITES_MAX)
        throw new BadUserInputError(
          `${sites.length} sites match; narrow to at most ${FIGURES_SITES_MAX} with level, regionCode or siteIds`,
          'regionCode',
        );
      const results = await Promise.all(
        LEVELS.map(async (l) => {
          const ids = sites.filter((s) => s.level === l).map((s) => s._id);
          if (ids.length === 0) return [];
          if (l === 'PROVINCE') return syndicationFigures(ctx, ids);
          return routeToLevel(ctx, l, 'SyndicationFigures', { siteIds: ids }) as Promise<
            SiteFigures[]
          >;
        }),
      );
      return results.flat();
    }
  }

  @Resolver(() => SiteSyndicationFiguresType)
  class FiguresFieldResolver {
    @FieldResolver(() => types.Site)
    async site(
      @Root() figures: SiteFigures,
      @Ctx() ctx: LevelContext,
    ): Promise<SiteView | { id: string }> {
      return (await sitesOrRefs(ctx, [figures.siteId]))[0];
    }
  }

  @Resolver(() => OverdueRepostType)
  class OverdueFieldResolver {
    @FieldResolver(() => types.Site)
    async site(
      @Root() row: OverdueMandate,
      @Ctx() ctx: LevelContext,
    ): Promise<SiteView | { id: string }> {
      return (await sitesOrRefs(ctx, [row.siteId]))[0];
    }

    @FieldResolver(() => types.Notice, { nullable: true })
    async notice(@Root() row: OverdueMandate, @Ctx() ctx: LevelContext) {
      const owner = parseNoticeId(row.noticeId)?.level;
      if (!owner) return null;
      if (owner !== 'PROVINCE') return { __typename: noticeTypeName(owner), id: row.noticeId };
      const doc = await ctx.loaders.notice.load(row.noticeId);
      return doc ? presentNotice(doc, ctx.principal) : null;
    }
  }

  return [SyndicationResolver, FiguresFieldResolver, OverdueFieldResolver];
}
