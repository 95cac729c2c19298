import type { Level } from '../../core/levels';
import type { ChangeType, NoticeDoc, NoticeSnapshot } from '../../core/model';
import { toSnapshot } from '../../core/model';

/** A change-log entry still to be numbered and written. */
export interface PlannedChange {
  noticeId: string;
  level: Level;
  type: ChangeType;
  version: number;
  at: Date;
  snapshot: NoticeSnapshot;
}

/**
 * The change-log history of a seeded notice: nothing for a draft; PUBLISHED at version 1 for a
 * published one; PUBLISHED (as it was then: published, in force) then REPEALED at version 2 for
 * a repealed one.
 */
export function seedChanges(notice: NoticeDoc): PlannedChange[] {
  if (notice.status === 'DRAFT' || notice.publishedAt === null) return [];
  const entry = (type: ChangeType, version: number, at: Date, snapshot: NoticeSnapshot) => ({
    noticeId: notice._id,
    level: notice.level,
    type,
    version,
    at,
    snapshot,
  });
  if (notice.status === 'REPEALED') {
    const published: NoticeSnapshot = {
      ...toSnapshot(notice),
      status: 'PUBLISHED',
      validity: 'IN_FORCE',
      updatedAt: notice.publishedAt,
    };
    return [
      entry('PUBLISHED', 1, notice.publishedAt, published),
      entry('REPEALED', notice.version, notice.updatedAt, toSnapshot(notice)),
    ];
  }
  return [entry('PUBLISHED', notice.version, notice.publishedAt, toSnapshot(notice))];
}

/** Key of a change for de-duplication: the unique index of the change log. */
export function changeKey(change: { noticeId: string; version: number; type: ChangeType }): string {
  return `${change.noticeId}|${change.version}|${change.type}`;
}
