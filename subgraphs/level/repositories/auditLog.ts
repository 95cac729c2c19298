import type { Filter } from 'mongodb';
import { isDuplicateKey } from '../../../core/db';
import type { AuditEntryDoc } from '../../../core/model';
import type { LevelCollections } from './levelCollections';

export interface AuditPage {
  entries: AuditEntryDoc[];
  hasNextPage: boolean;
  totalCount: number;
}

/** Where to start reading: after this entry (newest first). */
export interface AuditPosition {
  at: Date;
  id: string;
}

/**
 * A level's audit log. Append-only: this class has no update or delete, and
 * an entry's id (`<noticeId>@<version>`) makes a replayed append a no-op.
 */
export class AuditLog {
  constructor(private readonly collections: LevelCollections) {}

  async append(entry: AuditEntryDoc): Promise<void> {
    try {
      await this.collections.audit.insertOne(entry);
    } catch (error) {
      if (isDuplicateKey(error)) return;
      throw error;
    }
  }

  /** Entries of one notice or one site, newest first. */
  async list(
    scope: { noticeId: string } | { siteId: string },
    first: number,
    after: AuditPosition | null,
  ): Promise<AuditPage> {
    const base: Filter<AuditEntryDoc> =
      'noticeId' in scope ? { noticeId: scope.noticeId } : { siteId: scope.siteId };
    const filter: Filter<AuditEntryDoc> = after
      ? {
          ...base,
          $or: [{ at: { $lt: after.at } }, { at: after.at, _id: { $lt: after.id } }],
        }
      : base;
    const [rows, totalCount] = await Promise.all([
      this.collections.audit
        .find(filter)
        .sort({ at: -1, _id: -1 })
        .limit(first + 1)
        .toArray(),
      this.collections.audit.countDocuments(base),
    ]);
    return { entries: rows.slice(0, first), hasNextPage: rows.length > first, totalCount };
  }
}
