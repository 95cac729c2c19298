import type { NoticeDoc } from '../../../core/model';
import type { LevelServices } from '../context';
import { compareAndSetNotice } from './compareAndSetNotice';

/**
 * Appends a notice's pending change-log and audit entries and clears them.
 * Both appends are idempotent, so repeating this after a crash is safe.
 */
export async function flushPending(services: LevelServices, doc: NoticeDoc): Promise<NoticeDoc> {
  const { pendingChange, pendingAudit } = doc;
  if (!pendingChange && !pendingAudit) return doc;
  if (pendingAudit) await services.auditLog.append(pendingAudit);
  if (pendingChange) {
    await services.changeLog.append(doc, pendingChange.type, pendingChange.at);
    services.notifier?.changed();
  }
  await compareAndSetNotice(services, doc._id, doc.version, {
    $set: { pendingChange: null, pendingAudit: null },
  });
  return { ...doc, pendingChange: null, pendingAudit: null };
}

/** Start-up repair: writes every log entry a crash left between the notice write and the append. */
export async function flushAllPending(services: LevelServices): Promise<number> {
  let count = 0;
  // Two plain queries rather than $or: both run everywhere, and start-up is not a hot path.
  for (const filter of [{ pendingChange: { $ne: null } }, { pendingAudit: { $ne: null } }]) {
    for await (const doc of services.collections.notices.find(filter)) {
      await flushPending(services, doc);
      count += 1;
    }
  }
  return count;
}
