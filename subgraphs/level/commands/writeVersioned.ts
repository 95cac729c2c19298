import type { UpdateFilter } from 'mongodb';
import { ConflictError, NotFoundError } from '../../../core/errors';
import type { ChangeType, NoticeDoc } from '../../../core/model';
import type { LevelServices } from '../context';
import { flushPendingChange } from './flushPendingChange';

/**
 * Applies `set` to a notice if it is still at `expectedVersion`, bumping the
 * version. When the change is public (`change` given), the change-log entry is
 * recorded in the same document write (outbox) and then appended to the log.
 */
export async function writeVersioned(
  services: LevelServices,
  id: string,
  expectedVersion: number,
  set: Partial<NoticeDoc>,
  actor: string,
  change: ChangeType | null,
): Promise<NoticeDoc> {
  const now = new Date();
  const version = expectedVersion + 1;
  const update: UpdateFilter<NoticeDoc> = {
    $set: {
      ...set,
      version,
      updatedAt: now,
      updatedBy: actor,
      pendingChange: change ? { type: change, version, at: now } : null,
    },
  };
  const doc = await services.collections.notices.findOneAndUpdate(
    { _id: id, version: expectedVersion },
    update,
    {
      returnDocument: 'after',
    },
  );
  if (!doc) {
    const current = await services.collections.notices.findOne(
      { _id: id },
      { projection: { version: 1 } },
    );
    if (!current) throw new NotFoundError(`no notice ${id}`, 'id');
    throw new ConflictError(
      `notice ${id} is at version ${current.version}, not ${expectedVersion}: reload and try again`,
      current.version,
    );
  }
  return change ? flushPendingChange(services, doc) : doc;
}
