import { performance } from 'node:perf_hooks';
import type { JwtConfig } from '../../core/auth';
import type { ReceiptDoc, RepostDoc } from '../../core/model';
import { Collections } from '../../core/model';
import { receiptOf } from '../../subgraphs/level/syndication/receiptInput';
import type { RunningCluster } from '../cluster';
import { syndicatorHeaders } from './benchWorkflow';
import { graphqlCall } from './graphqlCall';
import type { LevelDatabases } from './levelDatabases';
import type { Percentiles } from './percentiles';
import { percentiles } from './percentiles';

/** Milliseconds of each step of one receipt batch (the outbox's 200), with the hub idle. */
export interface ReceiptProbeFigures {
  batch: number;
  samples: number;
  /** County: `reposts.find({receiptPending: true}).limit(batch)` (the outbox's read). */
  pendingRead: Percentiles;
  /** `recordSyndicationReceipts` of a batch through the gateway (receipts already there: a no-op). */
  recordViaGateway: Percentiles;
  /** Province: `receipts.find({_id: {$in: batch ids}})` (what record() reads first). */
  receiptsIn: Percentiles;
  /** Province: `insertMany` of a batch of receipts (scratch collection with the same index). */
  receiptsInsert: Percentiles;
  /** County: `updateMany({$or: [{_id, seq} x batch]})` (receiptsDelivered; scratch copy). */
  deliveredUpdate: Percentiles;
  /** The same marks with one `updateOne({_id, seq})` each, in turn (20 timed, scaled). */
  deliveredUpdateOnes: Percentiles;
  /** `updateMany({_id: {$in: batch ids}})`, no seq guard (scratch copy): the cost of `$or`. */
  deliveredUpdateIn: Percentiles;
}

const RECORD = `mutation($receipts: [SyndicationReceiptInput!]!) {
  recordSyndicationReceipts(receipts: $receipts) { recorded }
}`;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/**
 * Where a batch of receipts spends its time after a fan-out (the county's copies of one
 * province notice are in place, every receipt delivered): the outbox's read, the origin's
 * mutation through the gateway, the origin's reads and inserts, and marking the batch delivered,
 * measured on scratch copies so the hub's data is left alone.
 */
export async function probeReceipts(args: {
  cluster: RunningCluster;
  databases: LevelDatabases;
  jwt: JwtConfig;
  noticeId: string;
  batch?: number;
  samples?: number;
}): Promise<ReceiptProbeFigures | null> {
  const { databases } = args;
  const batch = args.batch ?? 200;
  const samples = args.samples ?? 5;
  const countyDb = databases.db('COUNTY');
  const provinceDb = databases.db('PROVINCE');
  const reposts = countyDb.collection<RepostDoc>(Collections.reposts);
  const copies = await reposts.find({ originalId: args.noticeId }).toArray();
  if (copies.length === 0) return null;
  const receipts = provinceDb.collection<ReceiptDoc>(Collections.receipts);
  const stored = await receipts.find({ noticeId: args.noticeId }).toArray();
  const syndicator = syndicatorHeaders(args.jwt);
  const slice = (s: number) =>
    copies.slice((s * batch) % copies.length, ((s * batch) % copies.length) + batch);

  const pendingRead: number[] = [];
  const recordViaGateway: number[] = [];
  const receiptsIn: number[] = [];
  const receiptsInsert: number[] = [];
  const deliveredUpdate: number[] = [];
  const deliveredUpdateOnes: number[] = [];
  const deliveredUpdateIn: number[] = [];
  const scratchReposts = countyDb.collection<RepostDoc>('bench_probe_reposts');
  const scratchReceipts = provinceDb.collection<ReceiptDoc>('bench_probe_receipts');
  try {
    await scratchReposts.insertMany(copies);
    await scratchReceipts.createIndex({ noticeId: 1 });
    for (let s = 0; s < samples; s++) {
      const part = slice(s);
      pendingRead.push(
        await timed(() => reposts.find({ receiptPending: true }).limit(batch).toArray()),
      );
      const inputs = part.map((doc) => {
        const r = receiptOf(doc);
        return { ...r, at: r.at.toISOString() };
      });
      recordViaGateway.push(
        await timed(() =>
          graphqlCall(args.cluster.gatewayUrl, RECORD, { receipts: inputs }, syndicator),
        ),
      );
      const ids = part.map((doc) => doc._id);
      receiptsIn.push(
        await timed(() =>
          receipts.find({ _id: { $in: ids } }, { projection: { _id: 1, seq: 1 } }).toArray(),
        ),
      );
      const fresh = stored
        .filter((r) => ids.includes(r._id))
        .map((r) => ({ ...r, _id: `probe-${s}-${r._id}` }));
      receiptsInsert.push(await timed(() => scratchReceipts.insertMany(fresh)));
      deliveredUpdate.push(
        await timed(() =>
          scratchReposts.updateMany(
            { $or: part.map((doc) => ({ _id: doc._id, seq: doc.seq })) },
            { $set: { receiptPending: false } },
          ),
        ),
      );
      deliveredUpdateIn.push(
        await timed(() =>
          scratchReposts.updateMany(
            { _id: { $in: part.map((doc) => doc._id) } },
            { $set: { receiptPending: false } },
          ),
        ),
      );
      // One by one is slow on FerretDB: time the first 20 and scale to the batch.
      const few = part.slice(0, 20);
      const fewMs = await timed(async () => {
        for (const doc of few)
          await scratchReposts.updateOne(
            { _id: doc._id, seq: doc.seq },
            { $set: { receiptPending: false } },
          );
      });
      deliveredUpdateOnes.push((fewMs / few.length) * part.length);
    }
  } finally {
    await scratchReposts.drop().catch(() => undefined);
    await scratchReceipts.drop().catch(() => undefined);
  }
  return {
    batch,
    samples,
    pendingRead: percentiles(pendingRead),
    recordViaGateway: percentiles(recordViaGateway),
    receiptsIn: percentiles(receiptsIn),
    receiptsInsert: percentiles(receiptsInsert),
    deliveredUpdate: percentiles(deliveredUpdate),
    deliveredUpdateOnes: percentiles(deliveredUpdateOnes),
    deliveredUpdateIn: percentiles(deliveredUpdateIn),
  };
}
