import { Float, ID, Int } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { NoticeFieldSpec } from './noticeFields';
import type { TypeThunk } from './typeThunk';
import {
  LevelEnum,
  NoticeKindEnum,
  RepostStatusEnum,
  SyndicationModeEnum,
  ValidityEnum,
} from './enums';
import { ColumnType, DocNumberType } from './valueTypes';
import { RepostRevisionType, RepostSourceType } from './syndicationTypes';

/**
 * The fields of `interface Repost`, in one table like noticeFields: the
 * interface, the level's own type and the other levels' stubs come from it.
 */
export function repostFields(
  site: TypeThunk,
  notice: TypeThunk,
  repost: TypeThunk,
): NoticeFieldSpec[] {
  return [
    { name: 'id', type: () => ID, description: 'Carries the reposting level as a prefix.' },
    { name: 'level', type: () => LevelEnum, description: 'The reposting level.' },
    { name: 'site', type: site, description: 'The reposting site.' },
    { name: 'column', type: () => ColumnType, nullable: true, description: 'Its column (栏目).' },
    { name: 'mode', type: () => SyndicationModeEnum, description: '转载 or 链接.' },
    { name: 'status', type: () => RepostStatusEnum, description: 'Where the copy is.' },
    {
      name: 'original',
      type: notice,
      nullable: true,
      description: 'The original, live from its level; null when it is no longer public.',
    },
    { name: 'originalId', type: () => ID, description: 'The original notice id.' },
    { name: 'originalVersion', type: () => Int, description: 'The version copied last.' },
    { name: 'source', type: () => RepostSourceType, description: '来源.' },
    { name: 'kind', type: () => NoticeKindEnum, description: 'As the original.' },
    { name: 'title', type: () => String, description: 'The original title.' },
    { name: 'docNumber', type: () => DocNumberType, nullable: true, description: '文号.' },
    { name: 'indexNumber', type: () => String, nullable: true, description: '索引号.' },
    { name: 'issuer', type: () => String, nullable: true, description: '发布机构.' },
    { name: 'category', type: () => String, nullable: true, description: '主题分类.' },
    { name: 'topics', type: () => [String], description: 'Subject classifications.' },
    { name: 'validity', type: () => ValidityEnum, description: 'As the original (废止 follows).' },
    { name: 'signedAt', type: () => GraphQLDateTimeISO, nullable: true, description: '成文日期.' },
    {
      name: 'publishedAt',
      type: () => GraphQLDateTimeISO,
      nullable: true,
      description: "The original's 发布日期.",
    },
    {
      name: 'body',
      type: () => String,
      nullable: true,
      description:
        'REPOST: the copied body (sanitised HTML); null for a LINK or a copy off the site.',
    },
    { name: 'summary', type: () => String, nullable: true, description: 'Plain-text abstract.' },
    {
      name: 'history',
      type: () => [RepostRevisionType],
      description: 'Earlier versions, replaced when the original was revised (oldest first).',
    },
    {
      name: 'deadline',
      type: () => GraphQLDateTimeISO,
      nullable: true,
      description: 'For a mandatory repost: by when it must be live.',
    },
    { name: 'repostedAt', type: () => GraphQLDateTimeISO, description: 'When the copy was made.' },
    {
      name: 'liveAt',
      type: () => GraphQLDateTimeISO,
      nullable: true,
      description: 'When the copy went live on the site.',
    },
    {
      name: 'latencySeconds',
      type: () => Float,
      nullable: true,
      description: 'From the original going live to the copy going live.',
    },
    {
      name: 'statusReason',
      type: () => String,
      nullable: true,
      description: 'Why it was withdrawn or declined.',
    },
    {
      name: 'repealed',
      type: () => Boolean,
      description: 'The original was repealed (废止): the copy is marked.',
    },
    {
      name: 'interpretationOf',
      type: notice,
      nullable: true,
      description: 'For a copy of a 政策解读: the policy it explains.',
    },
    {
      name: 'policyCopy',
      type: repost,
      nullable: true,
      description:
        "For a copy of a 政策解读: this site's own copy of the policy it explains, when it holds one.",
    },
  ];
}
