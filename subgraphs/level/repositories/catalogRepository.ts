import type { AnyBulkWriteOperation } from 'mongodb';
import type { Level } from '../../../core/levels';
import type { CatalogDoc, ChangeEvent } from '../../../core/model';
import type { LevelCollections } from './levelCollections';
import { CatalogIndex } from '../catalog/CatalogIndex';
import type { CatalogSearch } from '../catalog/CatalogSearch';

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
  /** A column of `siteId`. */
  columnId?: string | null;
  /** Only these sites (e.g. the sites of a region). */
  siteIds?: ReadonlySet<string> | null;
}

export interface LatestPage {
  rows: CatalogDoc[];
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * The province's index of every public notice of the cluster (ARCHITECTURE.md,
 * pattern 7): stored in the `catalog` collection, served from memory.
 */
export class CatalogRepository {
  private readonly index = new CatalogIndex();

  constructor(
    private readonly c: LevelCollections,
    /** Full-text search, kept in step with every write (null: no search). */
    readonly search: CatalogSearch | null = null,
  ) {}

  /**
   * Loads the stored catalog into memory; call once at start-up, before
   * serving. Search is built from it in the background (`searchBuilt`).
   */
  async load(): Promise<number> {
    const ids: string[] = [];
    for await (const row of this.c.catalog.find({})) {
      this.index.upsert(row);
      ids.push(row._id);
    }
    this.searchBuilt = this.search
      ? this.search.warmUp(ids, (id) => this.index.get(id))
      : Promise.resolve();
    return this.index.size;
  }

  /** Resolves when the search index holds the catalog loaded at start-up. */
  searchBuilt: Promise<void> = Promise.resolve();

  /**
   * Applies change-log events idempotently: a row only moves forward in
   * version, so replays and out-of-order deliveries are harmless. Writes are
   * by _id alone (the in-memory copy knows each row's version), which every
   * backend answers without a scan. One writer per notice: the sync loop of the
   * notice's level.
   */
  async apply(events: ChangeEvent[]): Promise<number> {
    const newest = new Map<string, CatalogDoc>();
    for (const e of events) {
      const known = newest.get(e.noticeId)?.version ?? this.index.get(e.noticeId)?.version ?? 0;
      if (e.version <= known) continue;
      newest.set(e.noticeId, {
        ...e.snapshot,
        _id: e.noticeId,
        level: e.level,
        version: e.version,
      });
    }
    if (newest.size === 0) return 0;
    const rows = [...newest.values()];
    const ops: AnyBulkWriteOperation<CatalogDoc>[] = rows.map((row) => ({
      replaceOne: { filter: { _id: row._id }, replacement: row, upsert: true },
    }));
    await this.c.catalog.bulkWrite(ops, { ordered: false });
    for (const row of rows) this.index.upsert(row);
    await this.search?.apply(rows);
    return rows.length;
  }

  get(id: string): CatalogDoc | null {
    return this.index.get(id) ?? null;
  }

  latest(q: LatestQuery): LatestPage {
    return this.index.latest(q);
  }
}
