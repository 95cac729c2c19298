import type { AnyBulkWriteOperation, Filter } from 'mongodb';
import type { Level } from '../../../core/levels';
import type { CatalogDoc, ChangeEvent } from '../../../core/model';
import type { LevelCollections } from './levelCollections';

/** Where a newest-first page starts: after this notice. */
export interface LatestPosition {
  publishedAt: Date;
  id: string;
}

export interface LatestQuery {
  first: number;
  after: LatestPosition | null;
  levels: Level[] | null;
  siteId: string | null;
  category: string | null;
}

export interface LatestPage {
  rows: CatalogDoc[];
  hasNextPage: boolean;
  totalCount: number;
}

const DUPLICATE_KEY = 11000;

/** The province's index of every public notice of the cluster (ARCHITECTURE.md, pattern 7). */
export class CatalogRepository {
  constructor(private readonly c: LevelCollections) {}

  /**
   * Applies change-log entries idempotently: a row only moves forward in
   * version, so replays and out-of-order deliveries are harmless.
   */
  async apply(entries: ChangeEvent[]): Promise<void> {
    if (entries.length === 0) return;
    // Keep the newest entry per notice: a batch may carry several.
    const newest = new Map<string, ChangeEvent>();
    for (const e of entries) {
      const seen = newest.get(e.noticeId);
      if (!seen || seen.version < e.version) newest.set(e.noticeId, e);
    }
    const ops: AnyBulkWriteOperation<CatalogDoc>[] = [...newest.values()].map((e) => ({
      updateOne: {
        filter: { _id: e.noticeId, version: { $lt: e.version } },
        update: { $set: { ...e.snapshot, level: e.level, version: e.version } },
        upsert: true,
      },
    }));
    try {
      await this.c.catalog.bulkWrite(ops, { ordered: false });
    } catch (error) {
      // A duplicate key means the row is already at this version or newer.
      if (!onlyDuplicateKeys(error)) throw error;
    }
  }

  async latest(q: LatestQuery): Promise<LatestPage> {
    const base: Filter<CatalogDoc> = { status: 'PUBLISHED' };
    if (q.levels) base.level = { $in: q.levels };
    if (q.siteId) base.siteId = q.siteId;
    if (q.category) base.category = q.category;
    const page: Filter<CatalogDoc> = q.after
      ? {
          ...base,
          $or: [
            { publishedAt: { $lt: q.after.publishedAt } },
            { publishedAt: q.after.publishedAt, _id: { $lt: q.after.id } },
          ],
        }
      : base;
    const [rows, totalCount] = await Promise.all([
      this.c.catalog
        .find(page)
        .sort({ publishedAt: -1, _id: -1 })
        .limit(q.first + 1)
        .toArray(),
      this.c.catalog.countDocuments(base),
    ]);
    return { rows: rows.slice(0, q.first), hasNextPage: rows.length > q.first, totalCount };
  }
}

function onlyDuplicateKeys(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('writeErrors' in error)) return false;
  const list = (error as { writeErrors: unknown }).writeErrors;
  const errors = Array.isArray(list) ? list : [list];
  return errors.length > 0 && errors.every((e) => typeof e === 'object' && e !== null && 'code' in e && e.code === DUPLICATE_KEY);
}
