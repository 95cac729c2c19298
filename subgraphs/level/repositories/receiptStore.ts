import type { ReceiptDoc } from '../../../core/model';
import { duplicateKeyIndexes, findByIds } from '../../../core/db';
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
    // Most receipts are new (a fan-out, a backfill): insert them all at once and look up only the
    // ones that exist already, instead of reading every id first.
    const all = [...newest.values()];
    let changed = 0;
    let existing: ReceiptDoc[] = [];
    try {
      changed += (await this.c.receipts.insertMany(all, { ordered: false })).insertedCount;
    } catch (error) {
      const duplicates = duplicateKeyIndexes(error);
      if (duplicates === null) throw error;
      changed += all.length - duplicates.length;
      existing = duplicates.map((index) => all[index]);
    }
    if (existing.length === 0) return changed;
    const stored = new Map(
      (
        await findByIds(
          this.c.receipts,
          existing.map((r) => r._id),
          this.pointReads,
        )
      ).map((doc) => [doc._id, doc.seq]),
    );
    for (const receipt of existing) {
      const seq = stored.get(receipt._id);
      if (seq === undefined || seq >= receipt.seq) continue;
      const result = await this.c.receipts.replaceOne({ _id: receipt._id, seq }, receipt);
      changed += result.modifiedCount;
    }
    return changed;
  }

  /** Receipts of one notice, by site. */
  byNotice(noticeId: string): Promise<ReceiptDoc[]> {
    return this.c.receipts.find({ noticeId }).sort({ siteId: 1 }).toArray();
  }
}
