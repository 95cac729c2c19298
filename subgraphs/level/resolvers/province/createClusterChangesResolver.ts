import type { ClassType } from 'type-graphql';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { BadUserInputError } from '../../../../core/errors';
import type { Level } from '../../../../core/levels';
import { clampPageSize } from '../../../../core/paging';
import { REGION_CODE_PATTERN } from '../../../../core/syndication';
import type { ClusterChange, ClusterChangePage } from '../../catalog/ClusterChangeReader';
import type { LevelContext } from '../../context';
import type { NoticeView } from '../../presenters';
import { canSeeNotice, presentNotice, presentSnapshot } from '../../presenters';
import { NoticeSnapshotType } from '../../schema/changeTypes';
import type { SchemaTypes } from '../../schema/createSchemaTypes';
import { ChangeTypeEnum, LevelEnum } from '../../schema/enums';
import { noticeTypeName } from '../../schema/noticeTypeName';
import type { NoticeRef } from '../createNoticeCommandResolver';

export const CLUSTER_CHANGES_MAX = 100;

/**
 * `changes`: every change of the cluster after a cursor, for aggregators
 * keeping a mirror (issue 5, incremental sync). Province only; the other
 * levels' entries come from their subgraphs' logs (ClusterChangeReader).
 */
export function createClusterChangesResolver(types: SchemaTypes): ClassType[] {
  @ObjectType('ClusterChange', {
    description:
      'One change of a notice anywhere in the cluster (published, revised, withdrawn, repealed).',
  })
  class ClusterChangeType {
    @Field(() => String, { description: 'Resume after this entry: pass it as `after`.' })
    cursor!: string;

    @Field(() => ID)
    noticeId!: string;

    @Field(() => LevelEnum)
    level!: Level;

    @Field(() => ChangeTypeEnum)
    type!: string;

    @Field(() => Int)
    version!: number;

    @Field(() => GraphQLDateTimeISO)
    at!: Date;

    @Field(() => NoticeSnapshotType, { description: 'The notice right after this change.' })
    snapshot!: NoticeSnapshotType;
  }

  @ObjectType('ClusterChangePage', {
    description: 'A page of the cluster’s changes, oldest first.',
  })
  class ClusterChangePageType {
    @Field(() => [ClusterChangeType])
    entries!: ClusterChange[];

    @Field(() => String, {
      description: 'Where to resume, also when the page is empty or every entry was filtered out.',
    })
    endCursor!: string;

    @Field(() => Boolean, { description: 'More entries are available right now.' })
    hasMore!: boolean;
  }

  @Resolver()
  class ClusterChangesResolver {
    @Query(() => ClusterChangePageType, {
      description:
        'Every change of the cluster after `after` (from the start when null), oldest first: ' +
        'each notice’s changes in order, levels merged by time. Keep `endCursor` and ask again.',
    })
    async changes(
      @Ctx() ctx: LevelContext,
      @Arg('after', () => String, { nullable: true }) after: string | null,
      @Arg('first', () => Int, {
        defaultValue: 100,
        description: `At most ${CLUSTER_CHANGES_MAX}.`,
      })
      first: number,
      @Arg('levels', () => [LevelEnum], { nullable: true }) levels: Level[] | null,
      @Arg('regionCode', () => String, {
        nullable: true,
        description: '行政区划代码 or a prefix of 2 or 4 digits: changes of the sites in it.',
      })
      regionCode: string | null,
    ): Promise<ClusterChangePage> {
      const size = clampPageSize(first, {
        max: CLUSTER_CHANGES_MAX,
        defaultSize: 100,
        field: 'first',
      });
      if (regionCode && !REGION_CODE_PATTERN.test(regionCode))
        throw new BadUserInputError(
          'regionCode must be 2, 4 or 6 digits of a 行政区划代码',
          'regionCode',
        );
      if (!ctx.clusterChanges) throw new Error('cluster changes are only read in the province');
      const page = await ctx.clusterChanges.read({
        after: after || null,
        first: size,
        levels,
        regionCode: regionCode || null,
      });
      return {
        ...page,
        entries: page.entries.map((e) => ({ ...e, snapshot: presentSnapshot(e.snapshot) })),
      };
    }
  }

  @Resolver(() => ClusterChangeType)
  class ClusterChangeNoticeResolver {
    @FieldResolver(() => types.Notice, {
      nullable: true,
      description: 'The notice as it is now (null when it is no longer public).',
    })
    async notice(
      @Root() change: ClusterChange,
      @Ctx() ctx: LevelContext,
    ): Promise<NoticeView | NoticeRef | null> {
      if (change.level !== 'PROVINCE')
        return { __typename: noticeTypeName(change.level), id: change.noticeId };
      const doc = await ctx.loaders.notice.load(change.noticeId);
      return doc && canSeeNotice(doc, ctx.principal) ? presentNotice(doc, ctx.principal) : null;
    }
  }
  return [ClusterChangesResolver, ClusterChangeNoticeResolver];
}
