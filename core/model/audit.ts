import type { Level } from '../levels/level';
import type { NoticeStatus } from './notice';
import type { Actor, ReviewStep } from './review';

/** What an audit entry records. */
export const AUDIT_ACTIONS = [
  'CREATE',
  'EDIT',
  'SUBMIT',
  'REVIEW_APPROVE',
  'REVIEW_REJECT',
  'PUBLISH',
  'REVISE',
  'WITHDRAW',
  'REPEAL',
  'IMPORT',
  'QUARANTINE',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * One line of a level's append-only audit log (先审查后公开, 谁发布谁负责).
 * Every audited action bumps the notice's version, so `_id` is
 * `<noticeId>@<version>`: appending the same entry twice (crash recovery)
 * is a no-op, and an entry is never updated.
 */
export interface AuditEntryDoc {
  _id: string;
  noticeId: string;
  siteId: string;
  level: Level;
  version: number;
  at: Date;
  actor: Actor;
  action: AuditAction;
  from: NoticeStatus | null;
  to: NoticeStatus;
  step: ReviewStep | null;
  /** Reason or comment given with the action. */
  reason: string | null;
  /** Fields the action changed, in the order of the notice model. */
  changedFields: string[];
  /** One line for people: what happened. */
  summary: string;
  /** 错敏词 accepted by an approver with this action (reason in `reason`). */
  overriddenTerms: string[];
  overrideReason: string | null;
}
