import type { Filter } from 'mongodb';
import type { RepostDoc, RepostRevision, RepostStatus } from '../../../core/model';
import { KeyedQueue, duplicateKeyIndexes, findByIds, mapLimited } from '../../../core/db';
import type { LevelCollections } from './levelCollections';

/** What a receipt says about a copy (receiptOf): kept in memory while the receipt is owed. */
export type PendingCopy = Pick<
  RepostDoc,
  | '_id'
  | 'originalId'
  | 'siteId'
  | 'level'
  | 'mode'
  | 'status'
  | 'liveAt'
  | 'originalLiveAt'
  | 'updatedAt'
  | 'statusReason'
  | 'seq'
>;

function pendingCopy(doc: RepostDoc): PendingCopy {
  return {
    _id: doc._id,
    originalId: doc.originalId,
    siteId: doc.siteId,
    level: doc.level,
    mode: doc.mode,
    status: doc.status,
    liveAt: doc.liveAt,
    originalLiveAt: doc.originalLiveAt,
    updatedAt: doc.updatedAt,
    statusReason: doc.statusReason,
    seq: doc.seq,
  };
}

interface CopyState {
  /** Originals with a copy at this level. */
  copied: Set<string>;
  /**
   * Copies that owe their origin a receipt: as written by this process, or
   * null when only the stored copy knows (found pending at start-up, or an
   * insert that met an existing copy), to be read before sending.
   */
  pending: Map<string, PendingCopy | null>;
  /**
   * Receipts of copies a backfill made, held back until the backfill ends
   * (`releaseDeferred`) so that the bookkeeping of thousands of old notices
   * does not compete with the copies themselves or delay live receipts. The
   * copies carry `receiptPending` all the same: a restart delivers them.
   * Only with point reads (FerretDB), where the outbox reads from memory; on
   * MongoDB it queries the flag, and clearing a batch is one indexed update.
   */
  deferred: Map<string, PendingCopy>;
}

/** Earlier versions a copy keeps (newest last). */
export const REPOST_HISTORY_MAX = 20;

/**
 * The copies this level's sites hold of other sites' notices. Every write
 * bumps `seq` and sets `receiptPending`, so the change reaches the origin's
 * receipts through the outbox even if the process dies right after it.
 */
export class RepostStore {
  /**
   * Bumped by every write that leaves a receipt pending. The outbox skips its
   * look for pending receipts while this has not moved since a look found
   * none. It starts at 1, so a fresh process looks once for what an earlier
   * one left pending.
   */
  private generation = 1;

  /**
   * This process is the only writer of its level's copies, so after one scan
   * at first use it knows which originals have copies and which copies owe
   * their origin a receipt: new publications need no query for their
   * copies, and the receipt outbox builds receipts from what it wrote and
   * clears pending copies by `_id` instead of scanning for `receiptPending`
   * (on FerretDB every query on another field reads the whole collection).
   */
  private state: Promise<CopyState> | null = null;

  constructor(
    private readonly c: LevelCollections,
    /** FerretDB: read by `_id` one at a time instead of `$in`/field queries (see findByIds). */
    private readonly pointReads = false,
  ) {}

  /** Changes since the process started that may have left receipts pending (see `generation`). */
  pendingGeneration(): number {
    return this.generation;
  }

  get(id: string): Promise<RepostDoc | null> {
    return this.c.reposts.findOne({ _id: id });
  }

  /**
   * Every copy of these originals at this level (one query for a page of
   * changes). Most changes are new publications with no copy yet: the ids of
   * the originals that have copies are kept in memory (this process is the
   * only writer of its level's copies), so those need no query at all, which
   * on FerretDB would read the whole collection.
   */
  async byOriginals(originalIds: readonly string[]): Promise<RepostDoc[]> {
    const { copied } = await this.loadState();
    const wanted = originalIds.filter((id) => copied.has(id));
    if (wanted.length === 0) return [];
    return this.c.reposts.find({ originalId: { $in: wanted } }).toArray();
  }

  private loadState(): Promise<CopyState> {
    this.state ??= this.c.reposts
      .find({}, { projection: { originalId: 1, receiptPending: 1 } })
      .toArray()
      .then((docs) => ({
        copied: new Set(docs.map((d) => d.originalId)),
        pending: new Map(docs.filter((d) => d.receiptPending).map((d) => [d._id, null])),
        deferred: new Map(),
      }));
    const loading = this.state;
    loading.catch(() => {
      if (this.state === loading) this.state = null;
    });
    return loading;
  }

  /**
   * Inserts new copies; one that already exists (same site and original) is left alone. Returns
   * the ids written. `deferReceipts`: a backfill's copies, whose receipts wait for releaseDeferred.
   */
  async insertNew(
    docs: readonly RepostDoc[],
    { deferReceipts = false }: { deferReceipts?: boolean } = {},
  ): Promise<Set<string>> {
    const written = new Set(docs.map((d) => d._id));
    if (docs.length === 0) return written;
    // Known before the write: a copy that lands while the insert fails half-way is still found.
    const { copied, pending, deferred } = await this.loadState();
    for (const doc of docs) {
      copied.add(doc.originalId);
      if (!doc.receiptPending) continue;
      if (deferReceipts) deferred.set(doc._id, pendingCopy(doc));
      else pending.set(doc._id, pendingCopy(doc));
    }
    try {
      await this.c.reposts.insertMany([...docs], { ordered: false });
    } catch (error) {
      const failed = duplicateKeyIndexes(error);
      if (failed === null) throw error;
      for (const index of failed) {
        const id = docs[index]._id;
        written.delete(id);
        // The copy that was there stays as it was: what it owes is read from it.
        if (deferred.delete(id) || pending.has(id)) pending.set(id, null);
      }
    } finally {
      this.generation += 1;
    }
    return written;
  }

  /**
   * Changes a copy if nobody changed it since `doc` was read (a reviewer and
   * the worker may race); returns the stored copy, or null on a lost race.
   */
  async update(
    doc: RepostDoc,
    set: Partial<RepostDoc>,
    revision: RepostRevision | null = null,
  ): Promise<RepostDoc | null> {
    const history = revision ? [...doc.history, revision].slice(-REPOST_HISTORY_MAX) : doc.history;
    const { pending, deferred } = await this.loadState();
    return this.perCopy.run(doc._id, async () => {
      try {
        const stored = await this.c.reposts.findOneAndUpdate(
          { _id: doc._id, seq: doc.seq },
          {
            $set: {
              ...set,
              history,
              updatedAt: new Date(),
              receiptPending: true,
              seq: doc.seq + 1,
            },
          },
          { returnDocument: 'after' },
        );
        if (stored) {
          pending.set(stored._id, pendingCopy(stored));
          deferred.delete(stored._id);
        }
        return stored;
      } finally {
        // After the write, never before: a look that ran while it was in flight must not count as clean.
        this.generation += 1;
      }
    });
  }

  /** Lets the receipts a backfill held back go out (see CopyState.deferred). */
  async releaseDeferred(): Promise<void> {
    const { pending, deferred } = await this.loadState();
    if (deferred.size === 0) return;
    for (const [id, copy] of deferred) if (!pending.has(id)) pending.set(id, copy);
    deferred.clear();
    this.generation += 1;
  }

  /**
   * Copies whose latest change the origin has not been told about yet. On
   * FerretDB, from memory: only copies this process did not write itself are read.
   */
  async pendingReceipts(limit: number): Promise<PendingCopy[]> {
    if (!this.pointReads)
      return this.c.reposts
        .find({ receiptPending: true }, { projection: { content: 0, history: 0 } })
        .limit(limit)
        .toArray();
    const { pending } = await this.loadState();
    const batch = [...pending.entries()].slice(0, limit);
    const unknown = batch.filter(([, copy]) => copy === null).map(([id]) => id);
    const read = new Map<string, PendingCopy>();
    if (unknown.length > 0) {
      for (const doc of await findByIds(this.c.reposts, unknown, true)) {
        if (!doc.receiptPending) continue;
        read.set(doc._id, pendingCopy(doc));
        // Unless a write replaced the entry meanwhile.
        if (pending.get(doc._id) === null) pending.set(doc._id, pendingCopy(doc));
      }
      // Gone, or delivered by an earlier process: nothing is owed for those.
      for (const id of unknown) if (!read.has(id) && pending.get(id) === null) pending.delete(id);
    }
    const out: PendingCopy[] = [];
    for (const [id, copy] of batch) {
      const known = copy ?? read.get(id);
      if (known) out.push(known);
    }
    return out;
  }

  /** Marks receipts delivered, except for copies that changed again meanwhile (their seq moved). */
  async receiptsDelivered(delivered: readonly { id: string; seq: number }[]): Promise<void> {
    if (delivered.length === 0) return;
    const { pending } = await this.loadState();
    if (!this.pointReads) {
      await this.c.reposts.updateMany(
        { $or: delivered.map(({ id, seq }) => ({ _id: id, seq })) },
        { $set: { receiptPending: false } },
      );
      for (const { id, seq } of delivered) if (pending.get(id)?.seq === seq) pending.delete(id);
      return;
    }
    // By `_id` alone (FerretDB finds nothing else without a scan), so the check that the copy did
    // not change since it was read is made here, under the same per-copy lock as every update.
    await mapLimited(delivered, 8, ({ id, seq }) =>
      this.perCopy.run(id, async () => {
        if (pending.get(id)?.seq !== seq) return;
        await this.c.reposts.updateOne({ _id: id }, { $set: { receiptPending: false } });
        pending.delete(id);
      }),
    );
  }

  /** Updates and receipt clearing of one copy, one at a time (see receiptsDelivered). */
  private readonly perCopy = new KeyedQueue();

  /** A site's copies, newest first; `after` is the last id of the previous page's repostedAt/id. */
  async page(
    siteId: string,
    status: RepostStatus | null,
    first: number,
    after: { at: Date; id: string } | null,
  ): Promise<{ rows: RepostDoc[]; hasNextPage: boolean; totalCount: number }> {
    const base: Filter<RepostDoc> = status ? { siteId, status } : { siteId };
    const filter: Filter<RepostDoc> = after
      ? {
          ...base,
          $or: [
            { repostedAt: { $lt: after.at } },
            { repostedAt: after.at, _id: { $lt: after.id } },
          ],
        }
      : base;
    const [rows, totalCount] = await Promise.all([
      this.c.reposts
        .find(filter)
        .sort({ repostedAt: -1, _id: -1 })
        .limit(first + 1)
        .toArray(),
      this.c.reposts.countDocuments(base),
    ]);
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first, totalCount };
  }

  /** Mandated copies whose deadline has passed without publication (or all mandated copies for stats). */
  mandated(siteIds: readonly string[] | null): Promise<RepostDoc[]> {
    const filter: Filter<RepostDoc> = { deadline: { $ne: null } };
    if (siteIds) filter.siteId = { $in: [...siteIds] };
    return this.c.reposts.find(filter).toArray();
  }

  /** All copies of the given sites (or of every site) for the figures. */
  forSites(siteIds: readonly string[] | null): Promise<RepostDoc[]> {
    return this.c.reposts
      .find(siteIds ? { siteId: { $in: [...siteIds] } } : {}, {
        projection: { content: 0, history: 0 },
      })
      .toArray();
  }
}
