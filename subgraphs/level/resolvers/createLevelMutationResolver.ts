import type { ClassType } from 'type-graphql';
import { Arg, Ctx, Directive, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Level } from '../../../core/levels';
import { levelPrefix } from '../../../core/levels';
import { createNotice, publishNotice, updateNotice, withdrawNotice } from '../commands';
import type { LevelContext } from '../context';
import type { NoticeView } from '../presenters';
import { presentNotice } from '../presenters';
import type { SchemaTypes } from '../schema/createSchemaTypes';
import { NoticeInput, NoticeUpdateInput } from '../schema/inputs';

/**
 * The county's and city's own write operations (`countyCreateNotice`, ...).
 * `@inaccessible`: they are not part of the public API. Clients call
 * `createNotice` etc. on the gateway; the province routes those here by the
 * site's or notice's level (see LevelRouter), because a root mutation can
 * belong to one subgraph only.
 */
export function createLevelMutationResolver(level: Level, types: SchemaTypes): ClassType {
  const p = levelPrefix(level);

  @Resolver()
  class LevelMutationResolver {
    @Directive('@inaccessible')
    @Mutation(() => types.OwnNotice, { name: `${p}CreateNotice` })
    async create(
      @Ctx() ctx: LevelContext,
      @Arg('siteId', () => ID) siteId: string,
      @Arg('input', () => NoticeInput) input: NoticeInput,
    ): Promise<NoticeView> {
      return presentNotice(await createNotice(ctx, siteId, input), ctx.principal);
    }

    @Directive('@inaccessible')
    @Mutation(() => types.OwnNotice, { name: `${p}UpdateNotice` })
    async update(
      @Ctx() ctx: LevelContext,
      @Arg('id', () => ID) id: string,
      @Arg('input', () => NoticeUpdateInput) input: NoticeUpdateInput,
      @Arg('expectedVersion', () => Int) expectedVersion: number,
    ): Promise<NoticeView> {
      return presentNotice(await updateNotice(ctx, id, input, expectedVersion), ctx.principal);
    }

    @Directive('@inaccessible')
    @Mutation(() => types.OwnNotice, { name: `${p}PublishNotice` })
    async publish(@Ctx() ctx: LevelContext, @Arg('id', () => ID) id: string): Promise<NoticeView> {
      return presentNotice(await publishNotice(ctx, id), ctx.principal);
    }

    @Directive('@inaccessible')
    @Mutation(() => types.OwnNotice, { name: `${p}WithdrawNotice` })
    async withdraw(
      @Ctx() ctx: LevelContext,
      @Arg('id', () => ID) id: string,
      @Arg('reason', () => String) reason: string,
    ): Promise<NoticeView> {
      return presentNotice(await withdrawNotice(ctx, id, reason), ctx.principal);
    }
  }
  return LevelMutationResolver;
}
