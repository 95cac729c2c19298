import type { ReceiptDoc } from '../../../core/model';
import { findByIds, isDuplicateKey } from '../../../core/db';
import type { LevelCollections } from './levelCollections';

/**
 * The origin's record of every copy of its notices. A receipt only moves
 * forward: one with a lower `seq` than the stored one (a late retry, a
 * replay) changes nothing.
 */
export class ReceiptStore {
  constructor(
    private readonly c: LevelCollections,
    /** FerretDB: look receipts up by `_id` instead of one `$in` (a scan there). */
    private readonly pointReads = false,
  ) {}

  /**
   * Stores each receipt unless a newer one is already there; returns how many
   * changed. New receipts (the common case: a fan-out) go in one insert; the
   * few that move an existing receipt forward are compare-and-set on `seq`.
   */
  async record(receipts: readonly ReceiptDoc[]): Promise<number> {
    const newest = new Map<string, ReceiptDoc>();
    for (const r of receipts) {
      const seen = newest.get(r._id);
      if (!seen || seen.seq < r.seq) newest.set(r._id, r);
    }
    if (newest.size === 0) return 0;
    const stored = new Map(
      (await findByIds(this.c.receipts, [...newest.keys()], this.pointReads)).map((doc) => [
        doc._id,
        doc.seq,
      ]),
    );
    const fresh = [...newest.values()].filter((r) => !stored.has(r._id));
    const moved = [...newest.values()].filter((r) => {
      const seq = stored.get(r._id);
      return seq !== undefined && seq < r.seq;
    });
    let changed = 0;
    if (fresh.length > 0) {
      try {
        const result = await this.c.receipts.insertMany(fresh, { ordered: false });
        changed += result.insertedCount;
      } catch (error) {
        // Another delivery inserted some of them meanwhile: count what went in.
        const inserted = (error as { result?: { insertedCount?: number } }).result?.insertedCount;
        if (!isDuplicateKey(error) && inserted === undefined) throw error;
        changed += inserted ?? 0;
      }
    }
    for (const receipt of moved) {
      const result = await this.c.receipts.replaceOne(
        { _id: receipt._id, seq: stored.get(receipt._id) },
        receipt,
      );
      changed += result.modifiedCount;
    }
    return changed;
  }

  /** Receipts of one notice, by site. */
  byNotice(noticeId: string): Promise<ReceiptDoc[]> {
    return this.c.receipts.find({ noticeId }).sort({ siteId: 1 }).toArray();
  }
}
