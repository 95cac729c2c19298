import type { CatalogDoc } from '../../../core/model';
import type { LatestPage, LatestQuery } from '../repositories/catalogRepository';

/**
 * The province catalog held in memory, newest first: `latest` pages and
 * counts without a database round trip. The `catalog` collection stays the
 * durable copy; this index is loaded from it at start-up and updated after
 * every write to it, so it is never ahead of what is stored. (FerretDB, the
 * local MongoDB stand-in, answers every query but a lookup by _id with a full
 * scan, which made a sorted, counted page cost a scan per request.)
 */
export class CatalogIndex {
  private readonly byId = new Map<string, CatalogDoc>();
  /** Published rows, ordered by publishedAt desc, then id desc. */
  private readonly published: CatalogDoc[] = [];

  get size(): number {
    return this.byId.size;
  }

  /** Replaces a row if the new one is a later version (or new). */
  upsert(row: CatalogDoc): void {
    const current = this.byId.get(row._id);
    if (current && current.version >= row.version) return;
    if (current && current.status === 'PUBLISHED') this.removePublished(current);
    this.byId.set(row._id, row);
    if (row.status === 'PUBLISHED') this.published.splice(this.position(row), 0, row);
  }

  get(id: string): CatalogDoc | undefined {
    return this.byId.get(id);
  }

  latest(q: LatestQuery): LatestPage {
    const levels = q.levels ? new Set(q.levels) : null;
    const { columnId = null, siteIds = null } = q;
    const matches = (r: CatalogDoc) =>
      (!levels || levels.has(r.level)) &&
      (!q.siteId || r.siteId === q.siteId) &&
      (!q.category || r.category === q.category) &&
      (!columnId || r.columnId === columnId) &&
      (!siteIds || siteIds.has(r.siteId));
    const filtered =
      levels !== null ||
      q.siteId !== null ||
      q.category !== null ||
      columnId !== null ||
      siteIds !== null;
    const start = q.after
      ? this.position({ publishedAt: q.after.publishedAt, _id: q.after.id }, true)
      : 0;
    const rows: CatalogDoc[] = [];
    let i = start;
    for (; i < this.published.length && rows.length <= q.first; i += 1) {
      if (matches(this.published[i])) rows.push(this.published[i]);
    }
    let totalCount = this.published.length;
    if (filtered) {
      totalCount = 0;
      for (const r of this.published) if (matches(r)) totalCount += 1;
    }
    return { rows: rows.slice(0, q.first), hasNextPage: rows.length > q.first, totalCount };
  }

  private removePublished(row: CatalogDoc): void {
    const at = this.position(row);
    if (this.published[at]?._id === row._id) this.published.splice(at, 1);
    else {
      const fallback = this.published.findIndex((r) => r._id === row._id);
      if (fallback >= 0) this.published.splice(fallback, 1);
    }
  }

  /**
   * Binary search: index of the first row that sorts at or after `key`
   * (strictly after it when `after` is set).
   */
  private position(key: Pick<CatalogDoc, 'publishedAt' | '_id'>, after = false): number {
    let lo = 0;
    let hi = this.published.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareNewestFirst(this.published[mid], key);
      if (c < 0 || (after && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Negative when `a` comes before `b` in a newest-first listing. */
export function compareNewestFirst(
  a: Pick<CatalogDoc, 'publishedAt' | '_id'>,
  b: Pick<CatalogDoc, 'publishedAt' | '_id'>,
): number {
  const ta = a.publishedAt?.getTime() ?? 0;
  const tb = b.publishedAt?.getTime() ?? 0;
  if (ta !== tb) return tb - ta;
  return a._id === b._id ? 0 : a._id < b._id ? 1 : -1;
}
