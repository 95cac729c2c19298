import type { Logger } from 'pino';
import type { RepostStore } from '../repositories/repostStore';
import type { GatewayClient } from './GatewayClient';
import type { ReceiptInput } from './receiptInput';
import { receiptOf } from './receiptInput';

const BATCH = 200;

const MUTATION = `mutation Receipts($receipts: [SyndicationReceiptInput!]!) {
  recorded: recordSyndicationReceipts(receipts: $receipts) { recorded }
}`;

/**
 * Delivers receipts to the origins through the gateway. A copy's write sets
 * `receiptPending` in the same update (outbox), so a crash or an unreachable
 * gateway delays a receipt and never loses it; the origin keeps the newest
 * by `seq`, so a late duplicate changes nothing.
 */
export class ReceiptOutbox {
  private flushing: Promise<number> | null = null;
  private again = false;
  /** The store's pending generation when a scan last found nothing pending. */
  private cleanAt = 0;

  constructor(
    private readonly reposts: RepostStore,
    private readonly gateway: GatewayClient,
    private readonly logger: Logger,
  ) {}

  /**
   * Sends receipts for every pending copy; concurrent calls coalesce into one
   * more pass. Nothing is read when no copy was written since the last pass
   * that found none pending.
   */
  flush(): Promise<number> {
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = this.run().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  /** Sends receipts that are not backed by a stored copy (FAILED ones). */
  async send(receipts: readonly ReceiptInput[]): Promise<void> {
    for (let i = 0; i < receipts.length; i += BATCH)
      await this.gateway.request(MUTATION, {
        receipts: receipts.slice(i, i + BATCH).map(toVariables),
      });
  }

  private async run(): Promise<number> {
    let sent = 0;
    do {
      this.again = false;
      const generation = this.reposts.pendingGeneration();
      if (generation === this.cleanAt) break;
      for (;;) {
        const pending = await this.reposts.pendingReceipts(BATCH);
        if (pending.length === 0) {
          this.cleanAt = generation;
          break;
        }
        await this.send(pending.map(receiptOf));
        await this.reposts.receiptsDelivered(pending.map((doc) => ({ id: doc._id, seq: doc.seq })));
        sent += pending.length;
        if (pending.length < BATCH) break;
      }
    } while (this.again);
    if (sent > 0) this.logger.debug({ sent }, 'receipts delivered');
    return sent;
  }
}

function toVariables(r: ReceiptInput): Record<string, unknown> {
  return { ...r, at: r.at.toISOString() };
}
