import type { ClassType } from 'type-graphql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { TypeThunk } from './typeThunk';
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

  @Field(() => String, { nullable: true, description: '索引号.' })
  indexNumber!: string | null;

  @Field(() => String, { nullable: true, description: "The notice's page on its portal." })
  url!: string | null;

  @Field(() => String, { description: 'Plain-text summary.' })
  summary!: string;

  @Field(() => String, {
    description: 'The visible text of the body, cut at 20,000 characters (for indexing).',
  })
  text!: string;
}

/** A change-log entry as the resolvers return it. */
export interface NoticeChangeType {
  cursor: string;
  noticeId: string;
  level: Level;
  type: ChangeType;
  version: number;
  at: Date;
  snapshot: NoticeSnapshotType;
}

export interface NoticeChangePage {
  entries: NoticeChangeType[];
  endCursor: string | null;
  hasMore: boolean;
}

export interface ChangeTypes {
  NoticeChange: ClassType;
  NoticeChangePage: ClassType;
}

/**
 * `NoticeChange` and `NoticeChangePage`, built per schema: an entry also
 * carries the notice as it is now (`notice: Notice`), and `Notice` is a class
 * of that schema. `@shareable` and identical in every level.
 */
export function createChangeTypes(Notice: ClassType): ChangeTypes {
  class NoticeChange {}
  const field = (name: string, type: TypeThunk, description?: string, nullable = false) =>
    Field(type, { description, nullable })(NoticeChange.prototype, name);
  field('cursor', () => String, 'Opaque position in the log; pass it as `after` to resume.');
  field('noticeId', () => ID);
  field('level', () => LevelEnum);
  field('type', () => ChangeTypeEnum);
  field('version', () => Int);
  field('at', () => GraphQLDateTimeISO);
  field('snapshot', () => NoticeSnapshotType);
  field(
    'notice',
    () => Notice,
    'The notice as it is now (null when it is no longer public).',
    true,
  );
  Directive('@shareable')(NoticeChange);
  ObjectType('NoticeChange', { description: 'One entry of a level’s append-only change log.' })(
    NoticeChange,
  );

  @Directive('@shareable')
  @ObjectType('NoticeChangePage', { description: 'A page of a change log, oldest first.' })
  class NoticeChangePage {
    @Field(() => [NoticeChange])
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
  return { NoticeChange, NoticeChangePage };
}
