import type { NoticeDoc } from '../../core/model';
import { noWorkflowState } from '../../core/model';

/** A published county notice as stored, for tests that write the database directly. */
export function buildNotice(overrides: Partial<NoticeDoc> & { _id: string }): NoticeDoc {
  const at = new Date('2025-06-01T00:00:00Z');
  return {
    level: 'COUNTY',
    siteId: '2101240002',
    columnId: null,
    kind: 'POLICY',
    title: overrides._id,
    docNumber: null,
    indexNumber: null,
    issuer: null,
    category: null,
    topics: [],
    keywords: [],
    disclosure: 'PROACTIVE',
    validity: 'IN_FORCE',
    signedAt: null,
    publishedAt: at,
    createdAt: at,
    updatedAt: at,
    url: null,
    body: '<p>x</p>',
    summary: null,
    version: 1,
    status: 'PUBLISHED',
    interpretsId: null,
    withdrawnReason: null,
    createdBy: 't',
    updatedBy: 't',
    ...noWorkflowState(),
    ...overrides,
  };
}
