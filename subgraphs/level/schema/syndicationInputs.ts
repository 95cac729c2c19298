import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { Level } from '../../../core/levels';
import type {
  NoticeKind,
  ReceiptStatus,
  RepostPublishMode,
  SyndicationMode,
} from '../../../core/model';
import {
  LevelEnum,
  NoticeKindEnum,
  ReceiptStatusEnum,
  RepostPublishModeEnum,
  SyndicationModeEnum,
} from './enums';

/* Inputs of syndication. Typed fields only; limits are checked in core/syndication. */

@InputType('RuleScopeInput', {
  description: 'Source sites: given ones, and/or every site of a level inside a region.',
})
export class RuleScopeInput {
  @Field(() => [ID], { nullable: true })
  siteIds?: string[] | null;

  @Field(() => LevelEnum, { nullable: true })
  level?: Level | null;

  @Field(() => String, { nullable: true, description: '行政区划代码 prefix: 2, 4 or 6 digits.' })
  regionCode?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only these columns of the sources.' })
  columnIds?: string[] | null;
}

@InputType('RuleFilterInput', { description: 'Conditions; an empty or absent list means any.' })
export class RuleFilterInput {
  @Field(() => [NoticeKindEnum], { nullable: true })
  kinds?: NoticeKind[] | null;

  @Field(() => [String], { nullable: true })
  categories?: string[] | null;

  @Field(() => [String], { nullable: true })
  topics?: string[] | null;

  @Field(() => [String], { nullable: true })
  issuers?: string[] | null;

  @Field(() => [String], { nullable: true })
  titleKeywords?: string[] | null;

  @Field(() => [String], { nullable: true, description: '文号 issuer codes such as 国办发.' })
  docNumberCodes?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  inForceOnly?: boolean | null;
}

@InputType('SyndicationRuleInput', { description: 'A 转载规则 of the subscribing site.' })
export class SyndicationRuleInput {
  @Field(() => String)
  name!: string;

  @Field(() => RuleScopeInput)
  scope!: RuleScopeInput;

  @Field(() => RuleFilterInput, { nullable: true })
  filter?: RuleFilterInput | null;

  @Field(() => SyndicationModeEnum)
  mode!: SyndicationMode;

  @Field(() => String, { nullable: true, description: 'A column of the subscribing site.' })
  targetColumnId?: string | null;

  @Field(() => RepostPublishModeEnum, { nullable: true, description: 'Default IMMEDIATELY.' })
  publish?: RepostPublishMode | null;

  @Field(() => Boolean, { nullable: true, description: 'Default true.' })
  enabled?: boolean | null;
}

@InputType('SyndicationReceiptInput', {
  description: 'What a syndication worker reports to the origin about one copy.',
})
export class SyndicationReceiptInput {
  @Field(() => ID, { description: 'The repost id.' })
  id!: string;

  @Field(() => ID)
  noticeId!: string;

  @Field(() => ID)
  siteId!: string;

  @Field(() => LevelEnum)
  level!: Level;

  @Field(() => SyndicationModeEnum)
  mode!: SyndicationMode;

  @Field(() => ReceiptStatusEnum)
  status!: ReceiptStatus;

  @Field(() => ID, { nullable: true })
  repostId!: string | null;

  @Field(() => GraphQLDateTimeISO)
  at!: Date;

  @Field(() => Float, { nullable: true })
  latencySeconds!: number | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => Int)
  seq!: number;
}
