import type { Filter, FindCursor } from 'mongodb';
import type { NoticeDoc } from '../../../core/model';
import type { LevelCollections } from './levelCollections';

export interface NoticeExportPosition {
  /** The last notice id served; null from the start. */
  afterId: string | null;
  /** Notices served before this page in this pass (for progress reports). */
  served: number;
}

export interface NoticeExportPage {
  notices: NoticeDoc[];
  /** Where the next page starts. */
  next: NoticeExportPosition;
  hasMore: boolean;
}

export interface NoticeExportOptions {
  /**
   * Serve notices in storage order instead of id order (FerretDB v1: it sorts
   * in memory after decoding the whole collection, so the first page of a
   * sorted read waits for all of it, while an unsorted read streams). A read
   * resumed after its open read closed streams again from the start up to the
   * last notice served.
   */
  storageOrder?: boolean;
  /** How long an open read waits for its next page before it is closed. */
  idleMs?: number;
  /** Open reads kept at once; the oldest is closed beyond that. */
  maxOpen?: number;
}

interface OpenRead {
  cursor: FindCursor<NoticeDoc>;
  timer: NodeJS.Timeout;
}

/**
 * Every public notice of this level, page by page: what a new 转载规则 is
 * backfilled over (the change log compacted to the current state).
 *
 * In id order, each page is a range query after the last id, so a reader
 * resumes anywhere, in any process. The read behind a page that has more is
 * kept open for a while under the position it stopped at, and the next page
 * that asks for that position continues it instead of querying again: on
 * MongoDB that saves an index seek per page. FerretDB v1 has no range or sort
 * pushdown and decodes the whole collection for every such query, so there
 * the notices come in storage order (`storageOrder`): one streamed scan per
 * pass, whose first page is there as soon as its notices are decoded.
 */
export class NoticeExport {
  private readonly open = new Map<string, OpenRead>();
  private readonly idleMs: number;
  private readonly maxOpen: number;
  private readonly storageOrder: boolean;

  constructor(
    private readonly c: LevelCollections,
    options: NoticeExportOptions = {},
  ) {
    this.idleMs = options.idleMs ?? 60_000;
    this.maxOpen = options.maxOpen ?? 16;
    this.storageOrder = options.storageOrder ?? false;
  }

  async read(
    from: NoticeExportPosition,
    limit: number,
    siteIds: readonly string[] | null = null,
  ): Promise<NoticeExportPage> {
    const scope = siteIds === null ? '*' : [...siteIds].sort().join(',');
    let position = from;
    let cursor = this.take(key(scope, from));
    if (!cursor) {
      cursor = this.query(from.afterId, limit, siteIds);
      if (this.storageOrder && from.afterId !== null && !(await skipPast(cursor, from.afterId))) {
        // The last notice served is gone (notices are withdrawn, not deleted, so only by hand):
        // the position is lost, and the read starts over.
        closeQuietly(cursor);
        position = { afterId: null, served: 0 };
        cursor = this.query(null, limit, siteIds);
      }
    }
    let keep = false;
    try {
      const notices: NoticeDoc[] = [];
      while (notices.length < limit) {
        const doc = await cursor.tryNext();
        if (doc === null) break;
        notices.push(doc);
      }
      // In storage order a full page says "more" without asking the server, which would decode
      // the next batch before this page is answered; the read after the last one comes back empty.
      const hasMore = notices.length === limit && (this.storageOrder || (await cursor.hasNext()));
      const next: NoticeExportPosition =
        notices.length === 0
          ? position
          : {
              afterId: notices[notices.length - 1]._id,
              served: position.served + notices.length,
            };
      if (hasMore) {
        this.keep(key(scope, next), cursor);
        keep = true;
      }
      return { notices, next, hasMore };
    } finally {
      if (!keep) closeQuietly(cursor);
    }
  }

  /** Closes every open read (shutdown). */
  async close(): Promise<void> {
    const cursors = [...this.open.keys()].map((at) => this.take(at));
    await Promise.all(cursors.map((cursor) => cursor?.close().catch(() => undefined)));
  }

  private query(
    afterId: string | null,
    limit: number,
    siteIds: readonly string[] | null,
  ): FindCursor<NoticeDoc> {
    const filter: Filter<NoticeDoc> = { status: 'PUBLISHED' };
    if (siteIds !== null) filter.siteId = { $in: [...siteIds] };
    if (this.storageOrder) {
      // Resuming: stream from the start and skip up to the last notice served, whatever its state now.
      const resume: Filter<NoticeDoc> =
        afterId === null ? filter : { $or: [{ _id: afterId }, filter] };
      return this.c.notices.find(resume).batchSize(limit);
    }
    if (afterId !== null) filter._id = { $gt: afterId };
    return this.c.notices.find(filter).sort({ _id: 1 }).batchSize(limit);
  }

  private take(at: string): FindCursor<NoticeDoc> | null {
    const read = this.open.get(at);
    if (!read) return null;
    this.open.delete(at);
    clearTimeout(read.timer);
    return read.cursor;
  }

  private drop(at: string): void {
    const cursor = this.take(at);
    if (cursor) closeQuietly(cursor);
  }

  private keep(at: string, cursor: FindCursor<NoticeDoc>): void {
    // Two readers at the same position: the newer read wins, the other one is closed.
    this.drop(at);
    while (this.open.size >= this.maxOpen) {
      const oldest = this.open.keys().next().value;
      if (oldest === undefined) break;
      this.drop(oldest);
    }
    // take() clears the timer of a read that is continued or replaced, so this one is still ours.
    const timer = setTimeout(() => this.drop(at), this.idleMs);
    timer.unref();
    this.open.set(at, { cursor, timer });
  }
}

function closeQuietly(cursor: FindCursor<NoticeDoc>): void {
  void cursor.close().catch(() => undefined);
}

/** Reads up to and including the notice `id`; false when the read ended without it. */
async function skipPast(cursor: FindCursor<NoticeDoc>, id: string): Promise<boolean> {
  for (;;) {
    const doc = await cursor.tryNext();
    if (doc === null) return false;
    if (doc._id === id) return true;
  }
}

function key(scope: string, position: NoticeExportPosition): string {
  return `${scope}|${position.afterId ?? ''}`;
}
