import type { NoticeDoc } from '../../../core/model';
import type { LevelServices } from '../context';

/** Appends a notice's pending change to the log and clears it. Safe to repeat. */
export async function flushPendingChange(
  services: LevelServices,
  doc: NoticeDoc,
): Promise<NoticeDoc> {
  const pending = doc.pendingChange;
  if (!pending) return doc;
  await services.changeLog.append(doc, pending.type, pending.at);
  await services.collections.notices.updateOne(
    { _id: doc._id, 'pendingChange.version': pending.version },
    { $set: { pendingChange: null } },
  );
  return { ...doc, pendingChange: null };
}

/** Start-up repair: logs every change that a crash left between the notice write and the log append. */
export async function flushAllPendingChanges(services: LevelServices): Promise<number> {
  let count = 0;
  const cursor = services.collections.notices.find({ pendingChange: { $ne: null } });
  for await (const doc of cursor) {
    await flushPendingChange(services, doc);
    count += 1;
  }
  return count;
}
