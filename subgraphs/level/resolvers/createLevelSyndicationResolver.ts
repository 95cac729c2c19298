import type { ClassType } from 'type-graphql';
import { Arg, Ctx, Directive, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { levelPrefix } from '../../../core/levels';
import type { RepostStatus } from '../../../core/model';
import type { LevelContext } from '../context';
import type { RepostView } from '../presenters';
import { presentRepost, presentRule } from '../presenters';
import type { QueuePage } from '../queries';
import type { SchemaTypes } from '../schema/createSchemaTypes';
import { RepostStatusEnum } from '../schema/enums';
import { SyndicationReceiptInput, SyndicationRuleInput } from '../schema/syndicationInputs';
import {
  OverdueRowType,
  ReceiptsRecordedType,
  FiguresRowType,
  SyndicationRuleType,
} from '../schema/syndicationTypes';
import { QueuePageType } from '../schema/workflowTypes';
import {
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
} from '../syndication/commands';
import type { OverdueMandate, SiteFigures } from '../syndication/commands';

/**
 * Syndication operations of the county and city subgraphs, as `@inaccessible`
 * fields (`countyCreateSyndicationRule`, ...) the province forwards to: the
 * level that keeps the rule, the copy or the receipts authorizes and writes.
 * The public API is createSyndicationResolver's, in the province.
 */
export function createLevelSyndicationResolver(types: SchemaTypes): ClassType {
  const name = (operation: string) => `${levelPrefix(types.level)}${operation}`;
  const internal = Directive('@inaccessible');

  @Resolver()
  class LevelSyndicationResolver {
    @internal
    @Query(() => [SyndicationRuleType], { name: name('SyndicationRules') })
    async rules(@Ctx() ctx: LevelContext, @Arg('siteId', () => ID) siteId: string) {
      return (await listRules(ctx, siteId)).map(presentRule);
    }

    @internal
    @Mutation(() => SyndicationRuleType, { name: name('CreateSyndicationRule') })
    async createRule(
      @Ctx() ctx: LevelContext,
      @Arg('siteId', () => ID) siteId: string,
      @Arg('input', () => SyndicationRuleInput) input: SyndicationRuleInput,
    ) {
      return presentRule(await createRule(ctx, siteId, input));
    }

    @internal
    @Mutation(() => SyndicationRuleType, { name: name('UpdateSyndicationRule') })
    async updateRule(
      @Ctx() ctx: LevelContext,
      @Arg('id', () => ID) id: string,
      @Arg('input', () => SyndicationRuleInput) input: SyndicationRuleInput,
      @Arg('expectedVersion', () => Int) expectedVersion: number,
    ) {
      return presentRule(await updateRule(ctx, id, input, expectedVersion));
    }

    @internal
    @Mutation(() => SyndicationRuleType, { name: name('DeleteSyndicationRule') })
    async deleteRule(
      @Ctx() ctx: LevelContext,
      @Arg('id', () => ID) id: string,
      @Arg('expectedVersion', () => Int) expectedVersion: number,
    ) {
      return presentRule(await deleteRule(ctx, id, expectedVersion));
    }

    @internal
    @Query(() => QueuePageType, { name: name('Reposts') })
    reposts(
      @Ctx() ctx: LevelContext,
      @Arg('siteId', () => ID) siteId: string,
      @Arg('status', () => RepostStatusEnum, { nullable: true }) status: RepostStatus | null,
      @Arg('first', () => Int, { defaultValue: 20 }) first: number,
      @Arg('after', () => String, { nullable: true }) after: string | null,
    ): Promise<QueuePage> {
      return repostPage(ctx, siteId, status ?? null, first, after);
    }

    @internal
    @Mutation(() => types.OwnRepost, { name: name('PublishRepost') })
    async publishRepost(
      @Ctx() ctx: LevelContext,
      @Arg('id', () => ID) id: string,
    ): Promise<RepostView> {
      return presentRepost(await publishRepost(ctx, id));
    }

    @internal
    @Mutation(() => types.OwnRepost, { name: name('DeclineRepost') })
    async declineRepost(
      @Ctx() ctx: LevelContext,
      @Arg('id', () => ID) id: string,
      @Arg('reason', () => String) reason: string,
    ): Promise<RepostView> {
      return presentRepost(await declineRepost(ctx, id, reason));
    }

    @internal
    @Mutation(() => ReceiptsRecordedType, { name: name('RecordSyndicationReceipts') })
    async record(
      @Ctx() ctx: LevelContext,
      @Arg('receipts', () => [SyndicationReceiptInput]) receipts: SyndicationReceiptInput[],
    ) {
      return { recorded: await recordReceipts(ctx, receipts) };
    }

    @internal
    @Query(() => [OverdueRowType], { name: name('OverdueMandates') })
    overdue(
      @Ctx() ctx: LevelContext,
      @Arg('regionCode', () => String, { nullable: true }) regionCode: string | null,
    ): Promise<OverdueMandate[]> {
      return overdueMandates(ctx, regionCode ?? null);
    }

    @internal
    @Query(() => [FiguresRowType], { name: name('SyndicationFigures') })
    figures(
      @Ctx() ctx: LevelContext,
      @Arg('siteIds', () => [ID]) siteIds: string[],
    ): Promise<SiteFigures[]> {
      return syndicationFigures(ctx, siteIds);
    }
  }
  return LevelSyndicationResolver;
}
