import type { ClassType } from 'type-graphql';
import { Arg, Ctx, Directive, ID, Int, Mutation, Resolver } from 'type-graphql';
import { NotFoundError } from '../../../core/errors';
import type { Level } from '../../../core/levels';
import { levelPrefix, parseNoticeId } from '../../../core/levels';
import type { ReviewDecision } from '../../../core/model';
import type { LevelContext } from '../context';
import type { NoticeView } from '../presenters';
import { presentNotice } from '../presenters';
import type { SchemaTypes } from '../schema/createSchemaTypes';
import { ReviewDecisionEnum } from '../schema/enums';
import { NoticeInput, NoticeUpdateInput } from '../schema/inputs';
import { noticeTypeName } from '../schema/noticeTypeName';
import type { NoticeCommandArgs } from './noticeCommandArgs';
import { routedVariables } from './noticeCommandArgs';
import { runNoticeCommand } from './runNoticeCommand';
import { siteLevel } from './routeToLevel';

/** A notice of another level, as a bare reference: the gateway fetches its fields from the owner. */
export type NoticeRef = { __typename: string; id: string };

/** `overrideReason`: an APPROVER of the site accepts the 错敏词 the check finds now (audited). */
const OverrideReason = () =>
  Arg('overrideReason', () => String, {
    nullable: true,
    description:
      'An APPROVER of the site accepts the 错敏词 the check finds now, with this reason (audited).',
  });
/** Optional `expectedVersion` of the workflow commands. */
const ExpectedVersion = () =>
  Arg('expectedVersion', () => Int, {
    nullable: true,
    description: 'The version you last read; a stale one gives CONFLICT.',
  });

/**
 * The notice commands, declared once for both places they live:
 * - province (`public`): the API's `createNotice`, `submitNotice`, ...; a
 *   command for a county or city notice is forwarded to that level, because
 *   a root mutation can belong to one subgraph only;
 * - county and city: the same commands as `@inaccessible` fields
 *   (`countySubmitNotice`, ...) that the province forwards to.
 * Either way the owning level authorizes and writes.
 */
export function createNoticeCommandResolver(types: SchemaTypes): ClassType {
  const level = types.level;
  const isPublic = level === 'PROVINCE';
  const name = (operation: string) =>
    isPublic
      ? operation[0].toLowerCase() + operation.slice(1)
      : `${levelPrefix(level)}${operation}`;
  const returns = () => (isPublic ? types.Notice : types.OwnNotice);
  const internal: MethodDecorator = (target, key, descriptor) => {
    if (!isPublic) Directive('@inaccessible')(target, key, descriptor);
  };

  async function run(
    ctx: LevelContext,
    owner: Level,
    args: NoticeCommandArgs,
  ): Promise<NoticeView | NoticeRef> {
    if (owner === level) return presentNotice(await runNoticeCommand(ctx, args), ctx.principal);
    if (!ctx.router) throw new Error('no level router configured');
    const id = await ctx.router.runForId(owner, args.operation, routedVariables(args), {
      authorization: ctx.authorization,
      requestId: ctx.requestId,
    });
    return { __typename: noticeTypeName(owner), id };
  }

  function idLevel(id: string): Level {
    const parsed = parseNoticeId(id);
    if (!parsed) throw new NotFoundError(`no notice ${id}`, 'id');
    return parsed.level;
  }

  @Resolver()
  class NoticeCommandResolver {
    @internal
    @Mutation(returns, {
      name: name('CreateNotice'),
      description: 'Creates a draft on a site of any level (the owning level stores it).',
    })
    async create(
      @Ctx() ctx: LevelContext,
      @Arg('siteId', () => ID) siteId: string,
      @Arg('input', () => NoticeInput) input: NoticeInput,
    ): Promise<NoticeView | NoticeRef> {
      return run(ctx, await siteLevel(ctx, siteId), { operation: 'CreateNotice', siteId, input });
    }

    @internal
    @Mutation(returns, {
      name: name('ImportNotice'),
      description:
        "Site admins: imports one page of the site's legacy website (HTML or text). Chrome, injected spam and pinyin annotations are removed and the metadata read; a clean page becomes a PUBLISHED notice (a DRAFT with asDraft), a spam page a QUARANTINED one, and another rendering of a notice the site has (same 文号 or near-identical text, e.g. its 繁體 page) is linked to it as a variant. The notice's `importReport` says what was found and done.",
    })
    async importNotice(
      @Ctx() ctx: LevelContext,
      @Arg('siteId', () => ID) siteId: string,
      @Arg('html', () => String, { description: 'The page, at most 2,000,000 characters.' })
      html: string,
      @Arg('sourceUrl', () => String, {
        nullable: true,
        description: 'Where the page was published (http or https).',
      })
      sourceUrl: string | null,
      @Arg('asDraft', () => Boolean, {
        defaultValue: false,
        description: 'Import for review (三审) instead of as published.',
      })
      asDraft: boolean,
    ): Promise<NoticeView | NoticeRef> {
      return run(ctx, await siteLevel(ctx, siteId), {
        operation: 'ImportNotice',
        siteId,
        html,
        sourceUrl,
        asDraft,
      });
    }

    @internal
    @Mutation(returns, {
      name: name('UpdateNotice'),
      description:
        'Edits a draft or withdrawn notice; an approver or site admin may correct a published one.',
    })
    async update(
      @Ctx() ctx: LevelContext,
      @Arg('id', () => ID) id: string,
      @Arg('input', () => NoticeUpdateInput) input: NoticeUpdateInput,
      @Arg('expectedVersion', () => Int, {
        description: 'The version you last read; a stale one gives CONFLICT.',
      })
      expectedVersion: number,
      @OverrideReason() overrideReason: string | null,
    ): Promise<NoticeView | NoticeRef> {
      return run(ctx, idLevel(id), {
        operation: 'UpdateNotice',
        id,
        input,
        expectedVersion,
        overrideReason,
      });
    }

    @internal
    @Mutation(returns, {
      name: name('SubmitNotice'),
      description:
        'Sends a draft (or a withdrawn notice) to review (三审), after the 错敏词 check.',
    })
    async submit(
      @Ctx() ctx: LevelContext,
      @Arg('id', () => ID) id: string,
      @ExpectedVersion() expectedVersion: number | null,
      @OverrideReason() overrideReason: string | null,
    ): Promise<NoticeView | NoticeRef> {
      return run(ctx, idLevel(id), {
        operation: 'SubmitNotice',
        id,
        expectedVersion,
        overrideReason,
      });
    }

    @internal
    @Mutation(returns, {
      name: name('ReviewNotice'),
      description:
        'Does the review step the notice waits for: APPROVE moves it on, REJECT returns it to draft (comment required).',
    })
    async review(
      @Ctx() ctx: LevelContext,
      @Arg('id', () => ID) id: string,
      @Arg('decision', () => ReviewDecisionEnum) decision: ReviewDecision,
      @Arg('comment', () => String, { nullable: true }) comment: string | null,
      @ExpectedVersion() expectedVersion: number | null,
      @OverrideReason() overrideReason: string | null,
    ): Promise<NoticeView | NoticeRef> {
      return run(ctx, idLevel(id), {
        operation: 'ReviewNotice',
        id,
        decision,
        comment,
        expectedVersion,
        overrideReason,
      });
    }

    @internal
    @Mutation(returns, {
      name: name('PublishNotice'),
      description: 'Publishes an approved notice, after the 错敏词 check.',
    })
    async publish(
      @Ctx() ctx: LevelContext,
      @Arg('id', () => ID) id: string,
      @ExpectedVersion() expectedVersion: number | null,
      @OverrideReason() overrideReason: string | null,
    ): Promise<NoticeView | NoticeRef> {
      return run(ctx, idLevel(id), {
        operation: 'PublishNotice',
        id,
        expectedVersion,
        overrideReason,
      });
    }

    @internal
    @Mutation(returns, {
      name: name('WithdrawNotice'),
      description: 'Takes a published notice off the site, with a reason.',
    })
    async withdraw(
      @Ctx() ctx: LevelContext,
      @Arg('id', () => ID) id: string,
      @Arg('reason', () => String) reason: string,
      @ExpectedVersion() expectedVersion: number | null,
    ): Promise<NoticeView | NoticeRef> {
      return run(ctx, idLevel(id), { operation: 'WithdrawNotice', id, reason, expectedVersion });
    }

    @internal
    @Mutation(returns, {
      name: name('RepealNotice'),
      description: '废止: repeals a published or withdrawn notice, naming the repealing document.',
    })
    async repeal(
      @Ctx() ctx: LevelContext,
      @Arg('id', () => ID) id: string,
      @Arg('reason', () => String) reason: string,
      @Arg('repealingDocument', () => String, {
        description: 'Title or 文号 of the repealing document.',
      })
      repealingDocument: string,
      @Arg('repealingNoticeId', () => ID, { nullable: true }) repealingNoticeId: string | null,
      @ExpectedVersion() expectedVersion: number | null,
    ): Promise<NoticeView | NoticeRef> {
      return run(ctx, idLevel(id), {
        operation: 'RepealNotice',
        id,
        reason,
        repealingDocument,
        repealingNoticeId,
        expectedVersion,
      });
    }
  }
  return NoticeCommandResolver;
}
