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
 * Every public notice of this level in id order, page by page: what a new
 * 转载规则 is backfilled over (the change log compacted to the current state).
 *
 * Each page is a range query after the last id, so a reader resumes anywhere,
 * in any process. The read behind a page that has more is kept open for a
 * while under the position it stopped at, and the next page that asks for
 * that position continues it instead of querying again: on MongoDB that saves
 * an index seek per page; on FerretDB v1, which has no range or sort pushdown
 * and reads the whole collection for every such query, it turns one scan per
 * page into one scan per pass.
 */
export class NoticeExport {
  private readonly open = new Map<string, OpenRead>();
  private readonly idleMs: number;
  private readonly maxOpen: number;

  constructor(
    private readonly c: LevelCollections,
    options: NoticeExportOptions = {},
  ) {
    this.idleMs = options.idleMs ?? 60_000;
    this.maxOpen = options.maxOpen ?? 16;
  }

  async read(
    from: NoticeExportPosition,
    limit: number,
    siteIds: readonly string[] | null = null,
  ): Promise<NoticeExportPage> {
    const scope = siteIds === null ? '*' : [...siteIds].sort().join(',');
    const cursor = this.take(key(scope, from)) ?? this.query(from.afterId, limit, siteIds);
    let keep = false;
    try {
      const notices: NoticeDoc[] = [];
      while (notices.length < limit) {
        const doc = await cursor.tryNext();
        if (doc === null) break;
        notices.push(doc);
      }
      const hasMore = notices.length === limit && (await cursor.hasNext());
      const next: NoticeExportPosition =
        notices.length === 0
          ? from
          : { afterId: notices[notices.length - 1]._id, served: from.served + notices.length };
      if (hasMore) {
        this.keep(key(scope, next), cursor);
        keep = true;
      }
      return { notices, next, hasMore };
    } finally {
      if (!keep) void cursor.close().catch(() => undefined);
    }
  }

  /** Closes every open read (shutdown). */
  async close(): Promise<void> {
    const reads = [...this.open.values()];
    this.open.clear();
    await Promise.all(
      reads.map((read) => {
        clearTimeout(read.timer);
        return read.cursor.close().catch(() => undefined);
      }),
    );
  }

  private query(
    afterId: string | null,
    limit: number,
    siteIds: readonly string[] | null,
  ): FindCursor<NoticeDoc> {
    const filter: Filter<NoticeDoc> = { status: 'PUBLISHED' };
    if (afterId !== null) filter._id = { $gt: afterId };
    if (siteIds !== null) filter.siteId = { $in: [...siteIds] };
    return this.c.notices.find(filter).sort({ _id: 1 }).batchSize(limit);
  }

  private take(at: string): FindCursor<NoticeDoc> | null {
    const read = this.open.get(at);
    if (!read) return null;
    this.open.delete(at);
    clearTimeout(read.timer);
    return read.cursor;
  }

  private keep(at: string, cursor: FindCursor<NoticeDoc>): void {
    // Two readers at the same position: the newer read wins, the other one is closed.
    this.take(at)
      ?.close()
      .catch(() => undefined);
    while (this.open.size >= this.maxOpen) {
      const oldest = this.open.keys().next().value;
      if (oldest === undefined) break;
      this.take(oldest)
        ?.close()
        .catch(() => undefined);
    }
    const timer = setTimeout(() => {
      if (this.open.get(at)?.cursor !== cursor) return;
      this.open.delete(at);
      void cursor.close().catch(() => undefined);
    }, this.idleMs);
    timer.unref();
    this.open.set(at, { cursor, timer });
  }
}

function key(scope: string, position: NoticeExportPosition): string {
  return `${scope}|${position.afterId ?? ''}`;
}
