import type { ReceiptDoc } from '../../../core/model';
import { isDuplicateKey } from '../../../core/db';
import type { LevelCollections } from './levelCollections';

/**
 * The origin's record of every copy of its notices. A receipt only moves
 * forward: one with a lower `seq` than the stored one (a late retry, a
 * replay) changes nothing.
 */
export class ReceiptStore {
  constructor(private readonly c: LevelCollections) {}

  /** Stores each receipt unless a newer one is already there; returns how many changed. */
  async record(receipts: readonly ReceiptDoc[]): Promise<number> {
    let changed = 0;
    for (const receipt of receipts) {
      try {
        const result = await this.c.receipts.updateOne(
          { _id: receipt._id, seq: { $lt: receipt.seq } },
          { $set: receipt },
          { upsert: true },
        );
        changed += result.modifiedCount + result.upsertedCount;
      } catch (error) {
        // The receipt exists with a seq at least as new: the upsert's insert collided.
        if (!isDuplicateKey(error)) throw error;
      }
    }
    return changed;
  }

  /** Receipts of one notice, by site. */
  byNotice(noticeId: string): Promise<ReceiptDoc[]> {
    return this.c.receipts.find({ noticeId }).sort({ siteId: 1 }).toArray();
  }
}
