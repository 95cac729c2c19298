import { registerEnumType } from 'type-graphql';
import { LEVELS } from '../../../core/levels';
import {
  AUDIT_ACTIONS,
  CHANGE_TYPES,
  REVIEW_DECISIONS,
  REVIEW_STEPS,
  COLUMN_KINDS,
  DISCLOSURES,
  NOTICE_KINDS,
  NOTICE_STATUSES,
  RECEIPT_STATUSES,
  REPOST_PUBLISH_MODES,
  REPOST_STATUSES,
  SITE_KINDS,
  SYNDICATION_MODES,
  VALIDITIES,
} from '../../../core/model';

/**
 * GraphQL enums are built from the stored model's value lists so the two can
 * never drift. Registered once per process: type-graphql keys enums by object
 * identity, and every level's schema uses the same ones (composition requires
 * identical enums in all subgraphs anyway).
 */
function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const LevelEnum = enumOf(LEVELS);
export const NoticeKindEnum = enumOf(NOTICE_KINDS);
export const NoticeStatusEnum = enumOf(NOTICE_STATUSES);
export const DisclosureEnum = enumOf(DISCLOSURES);
export const ValidityEnum = enumOf(VALIDITIES);
export const ColumnKindEnum = enumOf(COLUMN_KINDS);
export const SiteKindEnum = enumOf(SITE_KINDS);
export const ChangeTypeEnum = enumOf(CHANGE_TYPES);
export const ReviewStepEnum = enumOf(REVIEW_STEPS);
export const ReviewDecisionEnum = enumOf(REVIEW_DECISIONS);
export const AuditActionEnum = enumOf(AUDIT_ACTIONS);
export const SyndicationModeEnum = enumOf(SYNDICATION_MODES);
export const RepostPublishModeEnum = enumOf(REPOST_PUBLISH_MODES);
export const RepostStatusEnum = enumOf(REPOST_STATUSES);
export const ReceiptStatusEnum = enumOf(RECEIPT_STATUSES);

registerEnumType(LevelEnum, {
  name: 'Level',
  description: '层级: province (省), city (市), county (县).',
});
registerEnumType(NoticeKindEnum, {
  name: 'NoticeKind',
  description: '政策文件 (POLICY), 通知 (NOTICE), 政策解读 (INTERPRETATION).',
});
registerEnumType(NoticeStatusEnum, { name: 'NoticeStatus', description: 'Publication state.' });
registerEnumType(DisclosureEnum, {
  name: 'Disclosure',
  description: '公开属性: 主动公开, 依申请公开, 部分公开, 不予公开.',
});
registerEnumType(ValidityEnum, {
  name: 'Validity',
  description: '有效性: in force, expired, repealed (废止).',
});
registerEnumType(ColumnKindEnum, {
  name: 'ColumnKind',
  description: 'What a column (栏目) carries.',
});
registerEnumType(SiteKindEnum, {
  name: 'SiteKind',
  description: 'A portal (门户网站) or a sub-site (子站).',
});
registerEnumType(ChangeTypeEnum, {
  name: 'ChangeType',
  description: 'What happened to a public notice.',
});
registerEnumType(ReviewStepEnum, {
  name: 'ReviewStep',
  description: '三审: FIRST 初审, SECOND 复审, FINAL 终审.',
});
registerEnumType(ReviewDecisionEnum, {
  name: 'ReviewDecision',
  description: "A reviewer's verdict.",
});
registerEnumType(AuditActionEnum, {
  name: 'AuditAction',
  description: 'What an audit entry records.',
});
registerEnumType(SyndicationModeEnum, {
  name: 'SyndicationMode',
  description: '转载 (REPOST: a full copy with its source) or 链接 (LINK: title and link).',
});
registerEnumType(RepostPublishModeEnum, {
  name: 'RepostPublishMode',
  description: "Publish a copy at once, or queue it for the site's review.",
});
registerEnumType(RepostStatusEnum, {
  name: 'RepostStatus',
  description: 'Where a copy is at the reposting site.',
});
registerEnumType(ReceiptStatusEnum, {
  name: 'ReceiptStatus',
  description: 'What the origin knows of one copy of its notice.',
});
