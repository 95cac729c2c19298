import type { TypeThunk } from './typeThunk';
import { Int, ID } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { DisclosureEnum, LevelEnum, NoticeKindEnum, NoticeStatusEnum, ValidityEnum } from './enums';
import { ColumnType, DocNumberType } from './valueTypes';
import { RepealType, ReviewWorkflowType } from './workflowTypes';
import { MandateType } from './syndicationTypes';
import { ImportReportType } from './importTypes';
import type { SyndicationTypes } from './createSyndicationTypes';

export interface NoticeFieldSpec {
  name: string;
  type: TypeThunk;
  nullable?: boolean | 'items' | 'itemsAndList';
  description: string;
}

/**
 * The fields of `interface Notice`, in one table: the interface, each level's
 * concrete type and the other levels' `@external` stubs are all generated from
 * it, so the three declarations that federation needs cannot drift apart.
 * `site` and the notice-to-notice links refer to classes built per schema.
 */
export function noticeFields(
  site: TypeThunk,
  notice: TypeThunk,
  syndication: SyndicationTypes,
): NoticeFieldSpec[] {
  return [
    {
      name: 'id',
      type: () => ID,
      description: 'Carries the owning level as a prefix, e.g. county:…',
    },
    { name: 'level', type: () => LevelEnum, description: 'The level that owns the notice.' },
    { name: 'site', type: site, description: 'The site that published it.' },
    { name: 'column', type: () => ColumnType, nullable: true, description: '栏目.' },
    { name: 'kind', type: () => NoticeKindEnum, description: '政策文件, 通知 or 政策解读.' },
    { name: 'title', type: () => String, description: '标题.' },
    { name: 'docNumber', type: () => DocNumberType, nullable: true, description: '文号.' },
    { name: 'indexNumber', type: () => String, nullable: true, description: '索引号.' },
    { name: 'issuer', type: () => String, nullable: true, description: '发布机构.' },
    { name: 'category', type: () => String, nullable: true, description: '主题分类.' },
    { name: 'topics', type: () => [String], description: 'Subject classifications.' },
    { name: 'keywords', type: () => [String], description: '主题词.' },
    { name: 'disclosure', type: () => DisclosureEnum, description: '公开属性.' },
    { name: 'validity', type: () => ValidityEnum, description: '有效性.' },
    { name: 'signedAt', type: () => GraphQLDateTimeISO, nullable: true, description: '成文日期.' },
    {
      name: 'publishedAt',
      type: () => GraphQLDateTimeISO,
      nullable: true,
      description: '发布日期.',
    },
    { name: 'updatedAt', type: () => GraphQLDateTimeISO, description: 'Last change.' },
    { name: 'url', type: () => String, nullable: true, description: 'Canonical page URL.' },
    {
      name: 'body',
      type: () => String,
      nullable: true,
      description:
        'Sanitised HTML; null when the notice is not public and the caller may not edit it.',
    },
    { name: 'summary', type: () => String, nullable: true, description: 'Plain-text abstract.' },
    {
      name: 'version',
      type: () => Int,
      description: 'Bumped by every change; pass it back as expectedVersion.',
    },
    { name: 'status', type: () => NoticeStatusEnum, description: 'Publication state.' },
    {
      name: 'workflow',
      type: () => ReviewWorkflowType,
      nullable: true,
      description: "三审 state and history, for the site's staff; null for everyone else.",
    },
    {
      name: 'repeal',
      type: () => RepealType,
      nullable: true,
      description: '废止: set when the notice has been repealed.',
    },
    {
      name: 'importReport',
      type: () => ImportReportType,
      nullable: true,
      description:
        "For a notice imported from a crawled page, what was found and done (for the site's staff; null for everyone else). A QUARANTINED notice's reasons are in quarantineReasons.",
    },
    {
      name: 'interpretationOf',
      type: notice,
      nullable: true,
      description: 'For a 政策解读: the policy it explains.',
    },
    {
      name: 'interpretations',
      type: () => [notice()],
      description: '政策解读 published for this policy.',
    },
    {
      name: 'mandate',
      type: () => MandateType,
      nullable: true,
      description: '下行: lower-level sites that must repost it, and by when.',
    },
    {
      name: 'syndication',
      type: () => [syndication.SyndicationReceipt],
      description: 'Every copy on other sites (转载 and 链接) and what became of it.',
    },
    {
      name: 'coverage',
      type: () => syndication.Coverage,
      nullable: true,
      description: 'For a mandatory notice: expected sites, done, missing, overdue.',
    },
  ];
}
