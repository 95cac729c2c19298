import type { ReceiptDoc } from '../../../core/model';
import type { PendingCopy } from '../repositories/repostStore';
import { repostLatency } from '../presenters/presentRepost';

/** What a reposting level tells the origin about one copy (`recordSyndicationReceipts`). */
export type ReceiptInput = Omit<ReceiptDoc, '_id' | 'updatedAt'> & {
  /** The repost id (the receipt's id at the origin). */
  id: string;
};

/** The receipt for a copy's current state (a declined copy reads as WITHDRAWN at the origin). */
export function receiptOf(doc: PendingCopy): ReceiptInput {
  return {
    id: doc._id,
    noticeId: doc.originalId,
    siteId: doc.siteId,
    level: doc.level,
    mode: doc.mode,
    status: doc.status === 'DECLINED' ? 'WITHDRAWN' : doc.status,
    repostId: doc._id,
    // A live copy's receipt is dated when it went live, so a later revision does not make it look late.
    at: doc.status === 'PUBLISHED' && doc.liveAt ? doc.liveAt : doc.updatedAt,
    latencySeconds: repostLatency(doc),
    reason: doc.statusReason,
    seq: doc.seq,
  };
}
