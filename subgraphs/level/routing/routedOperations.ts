/**
 * The operations the province forwards to the county and city subgraphs,
 * where they are `@inaccessible` fields named `<level><Operation>`
 * (`countySubmitNotice`). Parameter lists match the level resolvers.
 */
const RULE_SELECTION = `{ id siteId name scope { siteIds level regionCode columnIds }
  filter { kinds categories topics issuers titleKeywords docNumberCodes inForceOnly }
  mode targetColumnId publish enabled version updatedAt updatedBy }`;

export const ROUTED_OPERATIONS = {
  CreateNotice: mutation('$siteId: ID!, $input: NoticeInput!', 'siteId: $siteId, input: $input'),
  ImportNotice: mutation(
    '$siteId: ID!, $html: String!, $sourceUrl: String, $asDraft: Boolean',
    'siteId: $siteId, html: $html, sourceUrl: $sourceUrl, asDraft: $asDraft',
  ),
  UpdateNotice: mutation(
    '$id: ID!, $input: NoticeUpdateInput!, $expectedVersion: Int!, $overrideReason: String',
    'id: $id, input: $input, expectedVersion: $expectedVersion, overrideReason: $overrideReason',
  ),
  SubmitNotice: mutation(
    '$id: ID!, $expectedVersion: Int, $overrideReason: String',
    'id: $id, expectedVersion: $expectedVersion, overrideReason: $overrideReason',
  ),
  ReviewNotice: mutation(
    '$id: ID!, $decision: ReviewDecision!, $comment: String, $expectedVersion: Int, $overrideReason: String',
    'id: $id, decision: $decision, comment: $comment, expectedVersion: $expectedVersion, overrideReason: $overrideReason',
  ),
  PublishNotice: mutation(
    '$id: ID!, $expectedVersion: Int, $overrideReason: String',
    'id: $id, expectedVersion: $expectedVersion, overrideReason: $overrideReason',
  ),
  WithdrawNotice: mutation(
    '$id: ID!, $reason: String!, $expectedVersion: Int',
    'id: $id, reason: $reason, expectedVersion: $expectedVersion',
  ),
  RepealNotice: mutation(
    '$id: ID!, $reason: String!, $repealingDocument: String!, $repealingNoticeId: ID, $expectedVersion: Int',
    'id: $id, reason: $reason, repealingDocument: $repealingDocument, repealingNoticeId: $repealingNoticeId, expectedVersion: $expectedVersion',
  ),
  ReviewQueue: {
    kind: 'query',
    params: '$siteId: ID!, $first: Int, $after: String',
    args: 'siteId: $siteId, first: $first, after: $after',
    selection: '{ items { id cursor } hasNextPage totalCount }',
  },
  AuditLog: {
    kind: 'query',
    params: '$noticeId: ID, $siteId: ID, $first: Int, $after: String',
    args: 'noticeId: $noticeId, siteId: $siteId, first: $first, after: $after',
    selection: `{ edges { cursor node { id noticeId siteId version at actor { sub name } action from to step
      reason changedFields summary overriddenTerms overrideReason } } pageInfo { hasNextPage endCursor } totalCount }`,
  },
  SyndicationRules: query('$siteId: ID!', 'siteId: $siteId', RULE_SELECTION),
  CreateSyndicationRule: {
    kind: 'mutation',
    params: '$siteId: ID!, $input: SyndicationRuleInput!',
    args: 'siteId: $siteId, input: $input',
    selection: RULE_SELECTION,
  },
  UpdateSyndicationRule: {
    kind: 'mutation',
    params: '$id: ID!, $input: SyndicationRuleInput!, $expectedVersion: Int!',
    args: 'id: $id, input: $input, expectedVersion: $expectedVersion',
    selection: RULE_SELECTION,
  },
  DeleteSyndicationRule: {
    kind: 'mutation',
    params: '$id: ID!, $expectedVersion: Int!',
    args: 'id: $id, expectedVersion: $expectedVersion',
    selection: RULE_SELECTION,
  },
  Reposts: query(
    '$siteId: ID!, $status: RepostStatus, $first: Int, $after: String',
    'siteId: $siteId, status: $status, first: $first, after: $after',
    '{ items { id cursor } hasNextPage totalCount }',
  ),
  PublishRepost: mutation('$id: ID!', 'id: $id'),
  DeclineRepost: mutation('$id: ID!, $reason: String!', 'id: $id, reason: $reason'),
  RecordSyndicationReceipts: {
    kind: 'mutation',
    params: '$receipts: [SyndicationReceiptInput!]!',
    args: 'receipts: $receipts',
    selection: '{ recorded }',
  },
  OverdueMandates: query(
    '$regionCode: String',
    'regionCode: $regionCode',
    '{ noticeId siteId regionCode deadline hoursOverdue }',
  ),
  SyndicationFigures: query(
    '$siteIds: [ID!]!',
    'siteIds: $siteIds',
    '{ siteId repostsMade published pendingReview medianLatencySeconds overdueCount }',
  ),
} as const satisfies Record<string, RoutedOperationSpec>;

export type RoutedOperation = keyof typeof ROUTED_OPERATIONS;

export interface RoutedOperationSpec {
  kind: 'query' | 'mutation';
  params: string;
  args: string;
  selection: string;
}

function mutation(params: string, args: string): RoutedOperationSpec {
  return { kind: 'mutation', params, args, selection: '{ id }' };
}

function query(params: string, args: string, selection: string): RoutedOperationSpec {
  return { kind: 'query', params, args, selection };
}
