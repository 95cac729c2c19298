import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { TypeThunk } from './typeThunk';
import type { OverdueMandate } from '../syndication/commands/reports';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { Level } from '../../../core/levels';
import type { NoticeKind, RepostPublishMode, SyndicationMode } from '../../../core/model';
import { LevelEnum, NoticeKindEnum, RepostPublishModeEnum, SyndicationModeEnum } from './enums';

/*
 * Value types of syndication that every level declares identically
 * (`@shareable`, ARCHITECTURE.md pattern 8). The ones that point at sites,
 * notices or reposts are built per schema (createSyndicationTypes).
 */

@Directive('@shareable')
@ObjectType('Mandate', {
  description: '下行: lower-level sites that must repost a notice, and the deadline.',
})
export class MandateType {
  @Field(() => [LevelEnum])
  levels!: Level[];

  @Field(() => String, {
    nullable: true,
    description: "Only sites in this region (行政区划代码 prefix); null: the publisher's region.",
  })
  regionCode!: string | null;

  @Field(() => Int, { description: 'Hours after publication (发布日期).' })
  deadlineHours!: number;
}

@Directive('@shareable')
@ObjectType('RepostSource', { description: "来源: the original's site and address." })
export class RepostSourceType {
  @Field(() => ID)
  siteId!: string;

  @Field(() => String)
  siteName!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

@Directive('@shareable')
@ObjectType('RepostRevision', {
  description: 'An earlier version of a copy, replaced when the original was revised.',
})
export class RepostRevisionType {
  @Field(() => Int)
  originalVersion!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'REPOST copies only.' })
  body!: string | null;

  @Field(() => GraphQLDateTimeISO)
  replacedAt!: Date;
}

@Directive('@shareable')
@ObjectType('RuleScope', { description: 'Which notices a 转载规则 looks at.' })
export class RuleScopeType {
  @Field(() => [ID], { description: 'Given source sites.' })
  siteIds!: string[];

  @Field(() => LevelEnum, { nullable: true, description: 'Every site of this level ...' })
  level!: Level | null;

  @Field(() => String, {
    nullable: true,
    description: '... inside this region (行政区划代码 prefix: 2, 4 or 6 digits).',
  })
  regionCode!: string | null;

  @Field(() => [String], { description: 'Only these columns of the source sites.' })
  columnIds!: string[];
}

@Directive('@shareable')
@ObjectType('RuleFilter', { description: 'Conditions of a 转载规则; empty lists mean any.' })
export class RuleFilterType {
  @Field(() => [NoticeKindEnum])
  kinds!: NoticeKind[];

  @Field(() => [String], { description: '主题分类.' })
  categories!: string[];

  @Field(() => [String])
  topics!: string[];

  @Field(() => [String], { description: '发布机构.' })
  issuers!: string[];

  @Field(() => [String], { description: 'The title contains one of them.' })
  titleKeywords!: string[];

  @Field(() => [String], { description: '文号 issuer codes such as 国办发.' })
  docNumberCodes!: string[];

  @Field(() => Boolean, { description: 'Only notices in force.' })
  inForceOnly!: boolean;
}

@Directive('@shareable')
@ObjectType('SyndicationRule', {
  description:
    "转载规则: what a site reposts or links automatically; managed by the site's admins.",
})
export class SyndicationRuleType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The subscribing (reposting) site.' })
  siteId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => RuleScopeType)
  scope!: RuleScopeType;

  @Field(() => RuleFilterType)
  filter!: RuleFilterType;

  @Field(() => SyndicationModeEnum)
  mode!: SyndicationMode;

  @Field(() => String, { nullable: true, description: 'Column of the site the copies go into.' })
  targetColumnId!: string | null;

  @Field(() => RepostPublishModeEnum)
  publish!: RepostPublishMode;

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => Int, { description: 'Pass it back as expectedVersion.' })
  version!: number;

  @Field(() => GraphQLDateTimeISO)
  updatedAt!: Date;

  @Field(() => String)
  updatedBy!: string;
}

@Directive('@shareable')
@ObjectType('ReceiptsRecorded', { description: 'How many receipts changed what the origin knew.' })
export class ReceiptsRecordedType {
  @Field(() => Int)
  recorded!: number;
}

type FieldTable = [name: string, type: TypeThunk, description: string, nullable?: boolean][];

/**
 * A value type from a field table. The same rows travel twice: as the
 * levels' internal answer to the province (`@inaccessible`, ids only) and as
 * the province's public type, which adds the site and notice themselves.
 */
function valueType(name: string, description: string, fields: FieldTable, internal: boolean) {
  const cls = { [name]: class {} }[name];
  for (const [field, type, text, nullable] of fields)
    Field(type, { description: text, nullable: nullable ?? false })(cls.prototype, field);
  Directive('@shareable')(cls);
  if (internal) Directive('@inaccessible')(cls);
  ObjectType(name, { description })(cls);
  return cls;
}

const OVERDUE_FIELDS: FieldTable = [
  ['noticeId', () => ID, 'The mandatory notice.'],
  ['siteId', () => ID, 'The late site.'],
  ['regionCode', () => String, "The late site's 行政区划代码."],
  ['deadline', () => GraphQLDateTimeISO, 'Publication plus the mandated hours.'],
  ['hoursOverdue', () => Float, 'Hours past the deadline.'],
];

const FIGURES_FIELDS: FieldTable = [
  ['siteId', () => ID, 'The site.'],
  ['repostsMade', () => Int, 'Copies made (reposts and links, any status).'],
  ['published', () => Int, 'Copies live on the site.'],
  ['pendingReview', () => Int, "Copies waiting for the site's review."],
  [
    'medianLatencySeconds',
    () => Float,
    'Median seconds from the original going live to the copy going live.',
    true,
  ],
  ['overdueCount', () => Int, 'Mandatory reposts not live by their deadline (late or missing).'],
];

export const OverdueRepostType = valueType(
  'OverdueRepost',
  'A site that has not reposted a mandatory notice (下行) by its deadline.',
  OVERDUE_FIELDS,
  false,
);
export const OverdueRowType = valueType(
  'OverdueRow',
  'Internal: an overdue mandatory repost, as a level reports it to the province.',
  OVERDUE_FIELDS,
  true,
);
export const SiteSyndicationFiguresType = valueType(
  'SiteSyndicationFigures',
  "A site's reposting figures.",
  FIGURES_FIELDS,
  false,
);
export const FiguresRowType = valueType(
  'FiguresRow',
  "Internal: a site's reposting figures, as its level reports them to the province.",
  FIGURES_FIELDS,
  true,
);

@Directive('@shareable')
@ObjectType('RegionCount', { description: 'A count for one region.' })
export class RegionCountType {
  @Field(() => String, { description: '行政区划代码.' })
  regionCode!: string;

  @Field(() => Int)
  count!: number;
}

@Directive('@shareable')
@ObjectType('OverdueReport', {
  description: 'Overdue mandatory reposts, by region and one by one.',
})
export class OverdueReportType {
  @Field(() => GraphQLDateTimeISO)
  asOf!: Date;

  @Field(() => Int)
  totalCount!: number;

  @Field(() => [RegionCountType], { description: 'By region of the late site (most first).' })
  byRegion!: RegionCountType[];

  @Field(() => [OverdueRepostType], { description: 'Most overdue first (at most `first`).' })
  items!: OverdueMandate[];
}
