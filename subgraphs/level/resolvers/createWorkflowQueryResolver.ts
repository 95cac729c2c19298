import type { ClassType } from 'type-graphql';
import { Arg, Ctx, Directive, ID, Int, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../core/errors';
import type { Level } from '../../../core/levels';
import { levelPrefix, parseNoticeId } from '../../../core/levels';
import type { LevelContext } from '../context';
import type { NoticeView } from '../presenters';
import { presentNotice } from '../presenters';
import type { AuditTrailPage, QueuePage } from '../queries';
import { auditTrail, reviewQueue } from '../queries';
import type { SchemaTypes } from '../schema/createSchemaTypes';
import type { ConnectionTypes } from '../schema/createConnectionTypes';
import { noticeTypeName } from '../schema/noticeTypeName';
import { AuditConnectionType, QueuePageType } from '../schema/workflowTypes';
import type { NoticeRef } from './createNoticeCommandResolver';
import { routeToLevel, siteLevel } from './routeToLevel';

interface AuditConnection {
  edges: { cursor: string; node: Record<string, unknown> }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * The workflow's internal reads: a site's review queue and the audit log.
 * The province serves `reviewQueue` and `auditLog` for every level (county
 * and city answer through their `@inaccessible` twins); the caller must be
 * staff of the site, which the owning level checks.
 */
export function createWorkflowQueryResolver(
  types: SchemaTypes,
  connection: ConnectionTypes | null,
): ClassType {
  const level = types.level;

  if (level !== 'PROVINCE' || connection === null) return createLevelWorkflowQueryResolver(level);
  const { NoticeConnection } = connection;

  @Resolver()
  class WorkflowQueryResolver {
    @Query(() => NoticeConnection, {
      description:
        "A site's notices in review (三审), oldest first: for the site's editors, reviewers, approvers and admins.",
    })
    async reviewQueue(
      @Ctx() ctx: LevelContext,
      @Arg('siteId', () => ID) siteId: string,
      @Arg('first', () => Int, { defaultValue: 20, description: 'At most 100.' }) first: number,
      @Arg('after', () => String, { nullable: true }) after: string | null,
    ) {
      const owner = await siteLevel(ctx, siteId);
      const page =
        owner === 'PROVINCE'
          ? await reviewQueue(ctx, siteId, first, after)
          : ((await routeToLevel(ctx, owner, 'ReviewQueue', {
              siteId,
              first,
              after,
            })) as QueuePage);
      const own = new Map<string, NoticeView>();
      if (owner === 'PROVINCE') {
        const docs = await ctx.loaders.notice.loadMany(page.items.map((i) => i.id));
        for (const doc of docs)
          if (doc && !(doc instanceof Error)) own.set(doc._id, presentNotice(doc, ctx.principal));
      }
      const edges = page.items.flatMap((item) => {
        const node: NoticeView | NoticeRef | undefined =
          owner === 'PROVINCE'
            ? own.get(item.id)
            : { __typename: noticeTypeName(owner), id: item.id };
        return node ? [{ cursor: item.cursor, node }] : [];
      });
      return {
        edges,
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
        totalCount: page.totalCount,
      };
    }

    @Query(() => AuditConnectionType, {
      description:
        "The append-only audit log of one notice or one site (exactly one of the two), newest first: for the site's staff and cluster admins.",
    })
    async auditLog(
      @Ctx() ctx: LevelContext,
      @Arg('noticeId', () => ID, { nullable: true }) noticeId: string | null,
      @Arg('siteId', () => ID, { nullable: true }) siteId: string | null,
      @Arg('first', () => Int, { defaultValue: 50, description: 'At most 100.' }) first: number,
      @Arg('after', () => String, { nullable: true }) after: string | null,
    ): Promise<AuditConnection> {
      let owner: Level;
      if (noticeId) {
        const parsed = parseNoticeId(noticeId);
        if (!parsed) throw new BadUserInputError(`no notice ${noticeId}`, 'noticeId');
        owner = parsed.level;
      } else if (siteId) owner = await siteLevel(ctx, siteId);
      else throw new BadUserInputError('give exactly one of noticeId and siteId', 'noticeId');
      if (owner === 'PROVINCE')
        return auditConnection(await auditTrail(ctx, { noticeId, siteId }, first, after));
      const routed = (await routeToLevel(ctx, owner, 'AuditLog', {
        noticeId,
        siteId,
        first,
        after,
      })) as AuditConnection;
      return {
        ...routed,
        edges: routed.edges.map((e) => ({
          cursor: e.cursor,
          node: { ...e.node, at: new Date(String(e.node.at)) },
        })),
      };
    }
  }
  return WorkflowQueryResolver;
}

/** County and city: the `@inaccessible` twins the province forwards to. */
function createLevelWorkflowQueryResolver(level: Level): ClassType {
  const p = levelPrefix(level);

  @Resolver()
  class LevelWorkflowQueryResolver {
    @Directive('@inaccessible')
    @Query(() => QueuePageType, { name: `${p}ReviewQueue` })
    async queue(
      @Ctx() ctx: LevelContext,
      @Arg('siteId', () => ID) siteId: string,
      @Arg('first', () => Int, { nullable: true }) first: number | null,
      @Arg('after', () => String, { nullable: true }) after: string | null,
    ): Promise<QueuePage> {
      return reviewQueue(ctx, siteId, first ?? 20, after);
    }

    @Directive('@inaccessible')
    @Query(() => AuditConnectionType, { name: `${p}AuditLog` })
    async audit(
      @Ctx() ctx: LevelContext,
      @Arg('noticeId', () => ID, { nullable: true }) noticeId: string | null,
      @Arg('siteId', () => ID, { nullable: true }) siteId: string | null,
      @Arg('first', () => Int, { nullable: true }) first: number | null,
      @Arg('after', () => String, { nullable: true }) after: string | null,
    ): Promise<AuditConnection> {
      return auditConnection(await auditTrail(ctx, { noticeId, siteId }, first ?? 50, after));
    }
  }
  return LevelWorkflowQueryResolver;
}

function auditConnection(page: AuditTrailPage): AuditConnection {
  const edges = page.entries.map(({ cursor, _id, ...entry }) => ({
    cursor,
    node: { id: _id, ...entry },
  }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.totalCount,
  };
}
