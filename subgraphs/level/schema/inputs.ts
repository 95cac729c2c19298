import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { Level } from '../../../core/levels';
import type { Disclosure, NoticeKind, Validity } from '../../../core/model';
import { DisclosureEnum, LevelEnum, NoticeKindEnum, ValidityEnum } from './enums';

@InputType('MandateInput', {
  description: '下行: lower-level sites that must repost the notice within a deadline.',
})
export class MandateInput {
  @Field(() => [LevelEnum], { description: "Levels below the publisher's." })
  levels!: Level[];

  @Field(() => String, {
    nullable: true,
    description:
      "Only sites in this region (行政区划代码 prefix); default: the publisher's region.",
  })
  regionCode?: string | null;

  @Field(() => Int, { description: 'Hours after publication, 1 to 720.' })
  deadlineHours!: number;
}

/*
 * Mutation inputs. Only typed fields: nothing a caller sends is ever passed to
 * MongoDB as a filter or operator. Limits are checked in the commands, where
 * the error can name the field.
 */

@InputType('NoticeInput', { description: 'A new notice.' })
export class NoticeInput {
  @Field(() => String)
  title!: string;

  @Field(() => NoticeKindEnum, { nullable: true, description: 'Default POLICY.' })
  kind?: NoticeKind | null;

  @Field(() => String, { nullable: true, description: 'A column (栏目) id of the site.' })
  columnId?: string | null;

  @Field(() => String, { nullable: true, description: '文号 as published, in any bracket form.' })
  docNumber?: string | null;

  @Field(() => String, { nullable: true, description: '索引号.' })
  indexNumber?: string | null;

  @Field(() => String, { nullable: true })
  issuer?: string | null;

  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => [String], { nullable: true })
  topics?: string[] | null;

  @Field(() => [String], { nullable: true })
  keywords?: string[] | null;

  @Field(() => DisclosureEnum, { nullable: true, description: 'Default PROACTIVE.' })
  disclosure?: Disclosure | null;

  @Field(() => ValidityEnum, { nullable: true, description: 'Default IN_FORCE.' })
  validity?: Validity | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: '成文日期.' })
  signedAt?: Date | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { description: 'HTML; sanitised on write.' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'Default: derived from the body.' })
  summary?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For a 政策解读: the policy it explains (same level).',
  })
  interpretsId?: string | null;

  @Field(() => MandateInput, {
    nullable: true,
    description: 'Make it mandatory for lower levels to repost (下行).',
  })
  mandate?: MandateInput | null;
}

@InputType('NoticeUpdateInput', {
  description: 'Changes to a notice: only the fields given are changed.',
})
export class NoticeUpdateInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => NoticeKindEnum, { nullable: true })
  kind?: NoticeKind | null;

  @Field(() => String, { nullable: true })
  columnId?: string | null;

  @Field(() => String, { nullable: true })
  docNumber?: string | null;

  @Field(() => String, { nullable: true })
  indexNumber?: string | null;

  @Field(() => String, { nullable: true })
  issuer?: string | null;

  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => [String], { nullable: true })
  topics?: string[] | null;

  @Field(() => [String], { nullable: true })
  keywords?: string[] | null;

  @Field(() => DisclosureEnum, { nullable: true })
  disclosure?: Disclosure | null;

  @Field(() => ValidityEnum, { nullable: true })
  validity?: Validity | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  signedAt?: Date | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => ID, { nullable: true })
  interpretsId?: string | null;

  @Field(() => MandateInput, { nullable: true, description: 'null removes the mandate.' })
  mandate?: MandateInput | null;
}
