import type { UpdateFilter } from 'mongodb';
import { ConflictError, NotFoundError } from '../../../core/errors';
import type {
  Actor,
  AuditEntryDoc,
  ChangeType,
  NoticeDoc,
  NoticeStatus,
} from '../../../core/model';
import type { LevelServices } from '../context';
import type { AuditFacts } from './auditSummary';
import { auditSummary } from './auditSummary';
import { compareAndSetNotice } from './compareAndSetNotice';
import { flushPending } from './flushPending';

export interface VersionedWrite {
  set: Partial<NoticeDoc>;
  actor: Actor;
  /** The public change to log, or null when the change is not public (drafts, review steps). */
  change: ChangeType | null;
  audit: AuditFacts;
}

/**
 * Applies `write.set` to `doc` if it is still at `expectedVersion`, bumping
 * the version. The audit entry (always) and the change-log entry (public
 * changes) are written in the same document update (outbox), then appended.
 */
export async function writeVersioned(
  services: LevelServices,
  doc: NoticeDoc,
  expectedVersion: number,
  write: VersionedWrite,
): Promise<NoticeDoc> {
  const now = new Date();
  const version = expectedVersion + 1;
  const to: NoticeStatus = write.set.status ?? doc.status;
  const entry = auditEntry(services, doc, version, now, write, to);
  const update: UpdateFilter<NoticeDoc> = {
    $set: {
      ...write.set,
      version,
      updatedAt: now,
      updatedBy: write.actor.sub,
      pendingChange: write.change ? { type: write.change, version, at: now } : null,
      pendingAudit: entry,
    },
  };
  const updated = await compareAndSetNotice(services, doc._id, expectedVersion, update);
  if (!updated) {
    const current = await services.collections.notices.findOne(
      { _id: doc._id },
      { projection: { version: 1 } },
    );
    if (!current) throw new NotFoundError(`no notice ${doc._id}`, 'id');
    throw staleVersion(doc._id, current.version, expectedVersion);
  }
  return flushPending(services, updated);
}

export function staleVersion(id: string, current: number, expected: number): ConflictError {
  return new ConflictError(
    `notice ${id} is at version ${current}, not ${expected}: reload and try again`,
    current,
  );
}

function auditEntry(
  services: LevelServices,
  doc: NoticeDoc,
  version: number,
  at: Date,
  write: VersionedWrite,
  to: NoticeStatus,
): AuditEntryDoc {
  return {
    _id: `${doc._id}@${version}`,
    noticeId: doc._id,
    siteId: doc.siteId,
    level: services.level,
    version,
    at,
    actor: write.actor,
    action: write.audit.action,
    from: doc.status,
    to,
    step: write.audit.step,
    reason: write.audit.reason,
    changedFields: write.audit.changedFields,
    summary: auditSummary(write.audit),
    overriddenTerms: write.audit.overriddenTerms,
    overrideReason: write.audit.overrideReason,
  };
}
