import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { Level } from '../../../core/levels';
import type { ChangeType, NoticeKind, NoticeStatus, Validity } from '../../../core/model';
import { ChangeTypeEnum, LevelEnum, NoticeKindEnum, NoticeStatusEnum, ValidityEnum } from './enums';

/*
 * The change log as other levels read it. Every entry carries a snapshot of
 * what the catalog and the syndication rules need, so a reader can act on it
 * without fetching the notice. Shared by all levels (each exposes its own log).
 */

@Directive('@shareable')
@ObjectType('NoticeSnapshot', { description: 'The public state of a notice right after a change.' })
export class NoticeSnapshotType {
  @Field(() => ID)
  siteId!: string;

  @Field(() => String, { nullable: true })
  columnId!: string | null;

  @Field(() => NoticeKindEnum)
  kind!: NoticeKind;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Normalised 文号.' })
  docNumber!: string | null;

  @Field(() => String, { nullable: true })
  issuer!: string | null;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => [String])
  topics!: string[];

  @Field(() => NoticeStatusEnum)
  status!: NoticeStatus;

  @Field(() => ValidityEnum)
  validity!: Validity;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  signedAt!: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => GraphQLDateTimeISO)
  updatedAt!: Date;
}

@Directive('@shareable')
@ObjectType('NoticeChange', { description: 'One entry of a level’s append-only change log.' })
export class NoticeChangeType {
  @Field(() => String, { description: 'Opaque position in the log; pass it as `after` to resume.' })
  cursor!: string;

  @Field(() => ID)
  noticeId!: string;

  @Field(() => LevelEnum)
  level!: Level;

  @Field(() => ChangeTypeEnum)
  type!: ChangeType;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTimeISO)
  at!: Date;

  @Field(() => NoticeSnapshotType)
  snapshot!: NoticeSnapshotType;
}

@Directive('@shareable')
@ObjectType('NoticeChangePage', { description: 'A page of a change log, oldest first.' })
export class NoticeChangePageType {
  @Field(() => [NoticeChangeType])
  entries!: NoticeChangeType[];

  @Field(() => String, {
    nullable: true,
    description:
      'Where to resume: the last entry’s cursor, or the `after` that was passed when the page is empty.',
  })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'More entries are available right now.' })
  hasMore!: boolean;
}
