import type { Level } from '../../../core/levels';
import type { ChangeDoc, ChangeType, NoticeDoc } from '../../../core/model';
import { CHANGE_SEQ_COUNTER, changeEntryId, toSnapshot } from '../../../core/model';
import { isDuplicateKey, mapLimited } from '../../../core/db';
import type { LevelCollections } from './levelCollections';

export interface ChangeLogOptions {
  /**
   * How long a hole in the sequence may stay open before readers skip it. A
   * writer allocates a number, then inserts; a reader that meets a hole waits
   * for the slower writer instead of stepping past its entry. A hole older than
   * this belongs to a writer that died; its notice still carries the pending
   * change and is logged again, under a new number, by recovery.
   */
  gapGraceMs: number;
  now?: () => Date;
  /**
   * Read entries one by one by sequence number instead of with a range query
   * (FerretDB v1 scans the whole log for a range; an `_id` lookup is indexed).
   */
  pointReads?: boolean;
}

/** Lookups in flight at once: FerretDB slows down when hundreds of commands queue. */
const POINT_READ_CONCURRENCY = 8;

export interface ChangeLogPage {
  entries: ChangeDoc[];
  /** Last sequence number consumed (the `after` for the next read). */
  last: number;
  hasMore: boolean;
}

/** Append-only change log of one level, ordered by a monotonic sequence number. */
export class ChangeLog {
  constructor(
    private readonly c: LevelCollections,
    readonly level: Level,
    private readonly options: ChangeLogOptions,
  ) {}

  /** Appends one entry; a duplicate (same notice, version, type) is ignored. Returns false then. */
  async append(notice: NoticeDoc, type: ChangeType, at: Date): Promise<boolean> {
    const counter = await this.c.counters.findOneAndUpdate(
      { _id: CHANGE_SEQ_COUNTER },
      { $inc: { seq: 1 } },
      { upsert: true, returnDocument: 'after' },
    );
    if (!counter) throw new Error('change sequence counter was not returned');
    const entry: ChangeDoc = {
      _id: changeEntryId(counter.seq),
      seq: counter.seq,
      noticeId: notice._id,
      level: this.level,
      type,
      version: notice.version,
      at,
      loggedAt: this.now(),
      snapshot: toSnapshot(notice),
    };
    try {
      await this.c.changes.insertOne(entry);
      return true;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // Already logged (a replay after a crash): fill the number we took so
      // readers do not wait at the hole until the grace period runs out.
      await this.c.changes.insertOne({
        ...entry,
        noticeId: `~filler:${entry.seq}`,
        filler: true,
      });
      return false;
    }
  }

  /** Entries after `after`, oldest first, stopping before a hole that may still fill. */
  async read(after: number, limit: number): Promise<ChangeLogPage> {
    // Readers poll often and mostly find nothing new: answer that from the
    // counter (a lookup by _id) before running a range query over the log.
    const counter = await this.c.counters.findOne({ _id: CHANGE_SEQ_COUNTER });
    if (!counter || counter.seq <= after) return { entries: [], last: after, hasMore: false };
    // Point reads look up to one entry past the page; a hole there hides what follows it.
    const to = Math.min(counter.seq, after + limit + 1);
    const more = this.options.pointReads === true && to < counter.seq;
    const docs = this.options.pointReads
      ? await this.readBySequence(after + 1, to)
      : await this.c.changes
          .find({ _id: { $gt: changeEntryId(after) } })
          .sort({ _id: 1 })
          .limit(limit + 1)
          .toArray();
    const entries: ChangeDoc[] = [];
    let last = after;
    const graceStart = this.now().getTime() - this.options.gapGraceMs;
    for (const doc of docs.slice(0, limit)) {
      if (doc.seq !== last + 1 && doc.loggedAt.getTime() > graceStart) {
        return { entries, last, hasMore: false };
      }
      if (!doc.filler) entries.push(doc);
      last = doc.seq;
    }
    return { entries, last, hasMore: docs.length > limit || more };
  }

  /** Entries `from`..`to` by sequence number, oldest first, holes left out (as a range query would). */
  private async readBySequence(from: number, to: number): Promise<ChangeDoc[]> {
    const keys: string[] = [];
    for (let seq = from; seq <= to; seq += 1) keys.push(changeEntryId(seq));
    const docs = await mapLimited(keys, POINT_READ_CONCURRENCY, (key) =>
      this.c.changes.findOne({ _id: key }),
    );
    return docs.filter((doc): doc is ChangeDoc => doc !== null);
  }

  private now(): Date {
    return this.options.now ? this.options.now() : new Date();
  }
}
