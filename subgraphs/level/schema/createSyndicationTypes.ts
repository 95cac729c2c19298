import type { ClassType } from 'type-graphql';
import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { TypeThunk } from './typeThunk';
import { ReceiptStatusEnum, SyndicationModeEnum } from './enums';

export interface SyndicationTypes {
  /** One copy of a notice as its origin knows it. */
  SyndicationReceipt: ClassType;
  /** Who had to repost a mandatory notice, who did, who is late. */
  Coverage: ClassType;
}

/**
 * The syndication value types that point at sites and reposts, built per
 * schema because `Site` and `Repost` are. `@shareable` and identical in every
 * level (ARCHITECTURE.md pattern 8).
 */
export function createSyndicationTypes(site: TypeThunk, repost: TypeThunk): SyndicationTypes {
  class SyndicationReceipt {}
  const receiptField = (name: string, type: TypeThunk, description: string, nullable = false) =>
    Field(type, { nullable, description })(SyndicationReceipt.prototype, name);
  receiptField('site', site, 'The reposting site.');
  receiptField('mode', () => SyndicationModeEnum, '转载 or 链接.');
  receiptField('status', () => ReceiptStatusEnum, 'What became of the copy.');
  receiptField('repost', repost, 'The copy (null when it could not be made).', true);
  receiptField('at', () => GraphQLDateTimeISO, 'When the copy reached this status.');
  receiptField(
    'latencySeconds',
    () => Float,
    'From the original going live to the copy going live.',
    true,
  );
  receiptField('reason', () => String, 'Why it failed or was withdrawn.', true);
  Directive('@shareable')(SyndicationReceipt);
  ObjectType('SyndicationReceipt', {
    description: "One copy of a notice on another site, as the notice's origin knows it.",
  })(SyndicationReceipt);

  class Coverage {}
  const coverageField = (name: string, type: TypeThunk, description: string) =>
    Field(type, { description })(Coverage.prototype, name);
  coverageField('deadline', () => GraphQLDateTimeISO, 'Publication plus the mandated hours.');
  coverageField('asOf', () => GraphQLDateTimeISO, 'The time the figures are for.');
  coverageField('expectedCount', () => Int, 'Sites that must repost.');
  coverageField('doneCount', () => Int, 'Of them, sites where the copy is live.');
  coverageField('missingCount', () => Int, 'Sites where it is not (yet) live.');
  coverageField('overdueCount', () => Int, 'Missing sites past the deadline.');
  coverageField('expected', () => [site()], 'Sites that must repost.');
  coverageField('done', () => [site()], 'Sites where the copy is live.');
  coverageField('late', () => [site()], 'Done, but after the deadline.');
  coverageField('missing', () => [site()], 'Not live yet.');
  coverageField('overdue', () => [site()], 'Not live and past the deadline.');
  Directive('@shareable')(Coverage);
  ObjectType('Coverage', {
    description: 'For a mandatory notice: who had to repost it, who did, who is late.',
  })(Coverage);

  return { SyndicationReceipt, Coverage };
}
