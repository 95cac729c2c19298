import type { Principal } from '../../../core/auth';
import { may } from '../policies';
import { nextReviewStep } from '../commands/reviewStates';
import type { Level } from '../../../core/levels';
import type {
  Disclosure,
  DocNumberDoc,
  Mandate,
  NoticeDoc,
  NoticeKind,
  NoticeStatus,
  Validity,
} from '../../../core/model';
import type { RepealType, ReviewWorkflowType } from '../schema/workflowTypes';
import type { ImportReportType } from '../schema/importTypes';

/** What the notice resolvers return: never the raw document. */
export interface NoticeView {
  __typename?: string;
  id: string;
  level: Level;
  siteId: string;
  columnId: string | null;
  kind: NoticeKind;
  title: string;
  docNumber: DocNumberDoc | null;
  indexNumber: string | null;
  issuer: string | null;
  category: string | null;
  topics: string[];
  keywords: string[];
  disclosure: Disclosure;
  validity: Validity;
  signedAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  url: string | null;
  body: string | null;
  summary: string | null;
  version: number;
  status: NoticeStatus;
  interpretsId: string | null;
  workflow: ReviewWorkflowType | null;
  repeal: RepealType | null;
  mandate: Mandate | null;
  importReport: ImportReportType | null;
}

/** States the public sees (the metadata at least); drafts and notices in review are internal. */
const PUBLIC_STATES: readonly NoticeStatus[] = ['PUBLISHED', 'WITHDRAWN', 'REPEALED'];
/** States whose body the public reads; a withdrawn notice's body is off the site. */
const PUBLIC_BODY_STATES: readonly NoticeStatus[] = ['PUBLISHED', 'REPEALED'];

/** Drafts and notices in review are seen only by the site's staff. */
export function canSeeNotice(doc: NoticeDoc, principal: Principal | null): boolean {
  return PUBLIC_STATES.includes(doc.status) || may(principal, 'readInternal', doc.siteId);
}

/** Maps a stored notice to its API shape; the body of a notice that is off the site is kept from the public. */
export function presentNotice(doc: NoticeDoc, principal: Principal | null): NoticeView {
  const staff = may(principal, 'readInternal', doc.siteId);
  return {
    id: doc._id,
    level: doc.level,
    siteId: doc.siteId,
    columnId: doc.columnId,
    kind: doc.kind,
    title: doc.title,
    docNumber: doc.docNumber,
    indexNumber: doc.indexNumber,
    issuer: doc.issuer,
    category: doc.category,
    topics: doc.topics,
    keywords: doc.keywords,
    disclosure: doc.disclosure,
    validity: doc.validity,
    signedAt: doc.signedAt,
    publishedAt: doc.publishedAt,
    updatedAt: doc.updatedAt,
    url: doc.url,
    body: PUBLIC_BODY_STATES.includes(doc.status) || staff ? doc.body : null,
    summary: doc.summary,
    version: doc.version,
    status: doc.status,
    interpretsId: doc.interpretsId,
    workflow: staff ? presentWorkflow(doc) : null,
    repeal: doc.repeal
      ? {
          reason: doc.repeal.reason,
          repealingDocument: doc.repeal.repealedByTitle,
          repealingNoticeId: doc.repeal.repealedById,
          at: doc.repeal.at,
        }
      : null,
    mandate: doc.mandate ?? null,
    importReport: staff ? (doc.imported ?? null) : null,
  };
}

function presentWorkflow(doc: NoticeDoc): ReviewWorkflowType {
  const round = doc.review;
  const steps = round?.stepsRequired ?? 3;
  return {
    stepsRequired: steps,
    nextStep: round ? nextReviewStep(doc.status, steps) : null,
    round: round?.round ?? 0,
    submittedBy: round?.submittedBy ?? null,
    submittedAt: round?.submittedAt ?? null,
    steps: round?.steps ?? [],
    rejection: doc.rejection,
    termOverride: doc.termOverride,
    publishedBy: doc.publishedBy,
  };
}
