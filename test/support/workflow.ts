import { dataOf, graphqlRequest } from './graphqlRequest';
import { testToken } from './testTokens';

/** Tokens for the people of one site: one author, two reviewers, an approver, an admin. */
export function siteStaff(siteId: string) {
  return {
    editor: testToken([{ siteId, role: 'EDITOR' }], `editor-${siteId}`),
    reviewer: testToken([{ siteId, role: 'REVIEWER' }], `reviewer-${siteId}`),
    reviewer2: testToken([{ siteId, role: 'REVIEWER' }], `reviewer2-${siteId}`),
    approver: testToken([{ siteId, role: 'APPROVER' }], `approver-${siteId}`),
    admin: testToken([{ siteId, role: 'SITE_ADMIN' }], `admin-${siteId}`),
  };
}

export const SUBMIT = `mutation($id: ID!, $v: Int, $override: String) {
  submitNotice(id: $id, expectedVersion: $v, overrideReason: $override) { id status version }
}`;
export const REVIEW = `mutation($id: ID!, $decision: ReviewDecision!, $comment: String, $v: Int, $override: String) {
  reviewNotice(id: $id, decision: $decision, comment: $comment, expectedVersion: $v, overrideReason: $override) { id status version }
}`;
export const PUBLISH = `mutation($id: ID!, $v: Int, $override: String) {
  publishNotice(id: $id, expectedVersion: $v, overrideReason: $override) { id status version publishedAt }
}`;

interface Step {
  id: string;
  status: string;
  version: number;
}

/**
 * Takes a draft through 三审 to publication with distinct people: submit
 * (editor), 初审 and 复审 (two reviewers; 复审 skipped on two-step sites),
 * 终审 (approver), publish (approver). Returns the published version.
 */
export async function publishThroughReview(
  gatewayUrl: string,
  id: string,
  siteId: string,
  steps: 2 | 3 = 3,
): Promise<Step> {
  const staff = siteStaff(siteId);
  const call = async (query: string, variables: Record<string, unknown>, token: string) => {
    const data = dataOf(
      await graphqlRequest<Record<string, Step>>(gatewayUrl, query, variables, token),
    );
    const result = Object.values(data)[0];
    if (!result) throw new Error('no result');
    return result;
  };
  await call(SUBMIT, { id }, staff.editor);
  await call(REVIEW, { id, decision: 'APPROVE' }, staff.reviewer);
  if (steps === 3) await call(REVIEW, { id, decision: 'APPROVE' }, staff.reviewer2);
  await call(REVIEW, { id, decision: 'APPROVE' }, staff.approver);
  return call(PUBLISH, { id }, staff.approver);
}
