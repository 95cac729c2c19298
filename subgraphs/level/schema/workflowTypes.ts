import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { AuditAction, NoticeStatus, ReviewStep } from '../../../core/model';
import { AuditActionEnum, NoticeStatusEnum, ReviewStepEnum } from './enums';
import { PageInfoType } from './valueTypes';

/*
 * Value types of the review workflow and the audit log. Every level declares
 * them identically (`@shareable`, ARCHITECTURE.md pattern 8).
 */

@Directive('@shareable')
@ObjectType('Person', { description: 'Who did something, as their token said at the time.' })
export class PersonType {
  @Field(() => String, { description: 'Token subject (user id).' })
  sub!: string;

  @Field(() => String)
  name!: string;
}

@Directive('@shareable')
@ObjectType('ReviewStepRecord', { description: 'One passed (or rejecting) review step.' })
export class ReviewStepRecordType {
  @Field(() => ReviewStepEnum)
  step!: ReviewStep;

  @Field(() => PersonType)
  by!: PersonType;

  @Field(() => GraphQLDateTimeISO)
  at!: Date;

  @Field(() => String, { nullable: true })
  comment!: string | null;
}

@Directive('@shareable')
@ObjectType('Rejection', { description: 'Why a reviewer returned the notice to draft.' })
export class RejectionType {
  @Field(() => ReviewStepEnum)
  step!: ReviewStep;

  @Field(() => PersonType)
  by!: PersonType;

  @Field(() => GraphQLDateTimeISO)
  at!: Date;

  @Field(() => String)
  reason!: string;
}

@Directive('@shareable')
@ObjectType('TermOverride', { description: '错敏词 an approver accepted, and why.' })
export class TermOverrideType {
  @Field(() => [String])
  terms!: string[];

  @Field(() => PersonType)
  by!: PersonType;

  @Field(() => GraphQLDateTimeISO)
  at!: Date;

  @Field(() => String)
  reason!: string;
}

@Directive('@shareable')
@ObjectType('ReviewWorkflow', {
  description: "Where a notice is in 三审, for the site's staff (null for everyone else).",
})
export class ReviewWorkflowType {
  @Field(() => Int, { description: '2 (初审, 终审) or 3 (初审, 复审, 终审).' })
  stepsRequired!: number;

  @Field(() => ReviewStepEnum, { nullable: true, description: 'The step it waits for.' })
  nextStep!: ReviewStep | null;

  @Field(() => Int, { description: 'Review rounds so far (a rejection ends a round).' })
  round!: number;

  @Field(() => PersonType, { nullable: true })
  submittedBy!: PersonType | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => [ReviewStepRecordType], { description: 'Steps of the current round.' })
  steps!: ReviewStepRecordType[];

  @Field(() => RejectionType, {
    nullable: true,
    description: 'The last rejection, until resubmitted.',
  })
  rejection!: RejectionType | null;

  @Field(() => TermOverrideType, { nullable: true })
  termOverride!: TermOverrideType | null;

  @Field(() => String, { nullable: true, description: 'Who published it (谁发布谁负责).' })
  publishedBy!: string | null;
}

@Directive('@shareable')
@ObjectType('Repeal', { description: '废止: why, by which document, when.' })
export class RepealType {
  @Field(() => String)
  reason!: string;

  @Field(() => String, { description: 'Title or 文号 of the repealing document.' })
  repealingDocument!: string;

  @Field(() => ID, { nullable: true, description: 'Its id, when it is a notice of the cluster.' })
  repealingNoticeId!: string | null;

  @Field(() => GraphQLDateTimeISO)
  at!: Date;
}

@Directive('@shareable')
@ObjectType('AuditEntry', { description: 'One line of the append-only audit log.' })
export class AuditEntryType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  noticeId!: string;

  @Field(() => ID)
  siteId!: string;

  @Field(() => Int, { description: 'The notice version this action produced.' })
  version!: number;

  @Field(() => GraphQLDateTimeISO)
  at!: Date;

  @Field(() => PersonType)
  actor!: PersonType;

  @Field(() => AuditActionEnum)
  action!: AuditAction;

  @Field(() => NoticeStatusEnum, { nullable: true })
  from!: NoticeStatus | null;

  @Field(() => NoticeStatusEnum)
  to!: NoticeStatus;

  @Field(() => ReviewStepEnum, { nullable: true })
  step!: ReviewStep | null;

  @Field(() => String, { nullable: true, description: 'Reason or comment given.' })
  reason!: string | null;

  @Field(() => [String], { description: 'Fields the action changed.' })
  changedFields!: string[];

  @Field(() => String, { description: 'What happened, in one line.' })
  summary!: string;

  @Field(() => [String], { description: '错敏词 accepted with this action.' })
  overriddenTerms!: string[];

  @Field(() => String, { nullable: true })
  overrideReason!: string | null;
}

@Directive('@shareable')
@ObjectType('AuditEdge')
export class AuditEdgeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => AuditEntryType)
  node!: AuditEntryType;
}

@Directive('@shareable')
@ObjectType('AuditConnection')
export class AuditConnectionType {
  @Field(() => [AuditEdgeType])
  edges!: AuditEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;

  @Field(() => Int)
  totalCount!: number;
}

@Directive('@shareable')
@Directive('@inaccessible')
@ObjectType('QueueItem', { description: 'Internal: a notice id in a review queue.' })
export class QueueItemType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  cursor!: string;
}

@Directive('@shareable')
@Directive('@inaccessible')
@ObjectType('QueuePage', { description: "Internal: a page of a level's review queue." })
export class QueuePageType {
  @Field(() => [QueueItemType])
  items!: QueueItemType[];

  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Int)
  totalCount!: number;
}
