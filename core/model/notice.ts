import type { Level } from '../levels/level';
import type { AuditEntryDoc } from './audit';
import type { Rejection, Repeal, ReviewRound, TermOverride } from './review';
import type { ImportReportDoc, NoticeVariantDoc, QuarantineDoc } from './imported';
import type { Mandate } from './syndication';

/** 政策文件 (policy document), 通知 (notice/announcement), 政策解读 (interpretation of a policy). */
export const NOTICE_KINDS = ['POLICY', 'NOTICE', 'INTERPRETATION'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/**
 * Where a notice is in its life. Between DRAFT and PUBLISHED the three-step
 * review (三审): submitted, 初审 (first review), 复审 (second review), 终审
 * (final approval). A site with two steps skips SECOND_REVIEWED. QUARANTINED (隔离): the content
 * is spam (an imported page, or the spam check); it is never published or syndicated.
 */
export const NOTICE_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'FIRST_REVIEWED',
  'SECOND_REVIEWED',
  'APPROVED',
  'PUBLISHED',
  'WITHDRAWN',
  'REPEALED',
  'QUARANTINED',
] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** 公开属性: 主动公开, 依申请公开, 部分公开, 不予公开. */
export const DISCLOSURES = ['PROACTIVE', 'ON_REQUEST', 'PARTIAL', 'NOT_DISCLOSED'] as const;
export type Disclosure = (typeof DISCLOSURES)[number];

/** 有效性: in force, expired, repealed (废止). */
export const VALIDITIES = ['IN_FORCE', 'EXPIRED', 'REPEALED'] as const;
export type Validity = (typeof VALIDITIES)[number];

/** A parsed 文号 as stored: the raw text as published plus its parts and a normalised form. */
export interface DocNumberDoc {
  raw: string;
  issuerCode: string;
  year: number;
  serial: number;
  /** Canonical text, e.g. `国办发〔2013〕100号`: equal for every bracket and 号/號 variant. */
  normalized: string;
}

/** A notice as stored in its level's `notices` collection. `_id` carries the level prefix. */
export interface NoticeDoc {
  _id: string;
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
  createdAt: Date;
  updatedAt: Date;
  url: string | null;
  /** Sanitised HTML. */
  body: string;
  summary: string | null;
  version: number;
  status: NoticeStatus;
  /** For an interpretation (政策解读): the id of the policy it explains (any level). */
  interpretsId: string | null;
  withdrawnReason: string | null;
  createdBy: string;
  updatedBy: string;
  /** Who published it (谁发布谁负责); null until the first publication. */
  publishedBy: string | null;
  /** The review round in progress, or the one that led to the current publication. */
  review: ReviewRound | null;
  /** The last REJECT, until the notice is submitted again. */
  rejection: Rejection | null;
  /** 错敏词 an approver accepted, with the reason. */
  termOverride: TermOverride | null;
  /** 废止: why, and the document that repealed it. */
  repeal: Repeal | null;
  /** 下行: lower-level sites that must repost this notice, and by when. */
  mandate?: Mandate | null;
  /** Set on a notice imported from a crawled page: what the importer found and did. */
  imported?: ImportReportDoc | null;
  /** Why the notice is QUARANTINED. */
  quarantine?: QuarantineDoc | null;
  /**
   * Title and text simplified and folded (normalizeForComparison), to recognise another rendering
   * of the same notice (a traditional-character page) on import.
   */
  fingerprint?: { title: string; text: string } | null;
  /** Other renderings of this notice that were imported and linked to it instead of duplicated. */
  variants?: NoticeVariantDoc[];
  /**
   * Transactional outbox: the change that still has to be appended to the change
   * log. Set in the same write as the notice change, cleared after the append, so a
   * crash in between is repaired at start-up instead of losing the event.
   */
  pendingChange: PendingChange | null;
  /** Outbox for the audit log, written with the change it records (see AuditEntryDoc). */
  pendingAudit: AuditEntryDoc | null;
}

export interface PendingChange {
  type: ChangeType;
  version: number;
  at: Date;
}

export const CHANGE_TYPES = ['CREATED', 'REVISED', 'PUBLISHED', 'WITHDRAWN', 'REPEALED'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/** The workflow fields of a notice that has never been through review (new drafts, imports, seeds). */
export function noWorkflowState(): Pick<
  NoticeDoc,
  | 'publishedBy'
  | 'review'
  | 'rejection'
  | 'termOverride'
  | 'repeal'
  | 'pendingChange'
  | 'pendingAudit'
> {
  return {
    publishedBy: null,
    review: null,
    rejection: null,
    termOverride: null,
    repeal: null,
    pendingChange: null,
    pendingAudit: null,
  };
}
