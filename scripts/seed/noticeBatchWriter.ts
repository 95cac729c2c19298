import type { Collection, Db } from 'mongodb';
import type { WriteError } from 'mongodb';
import { MongoBulkWriteError } from 'mongodb';
import type { Level } from '../../core/levels';
import type { ChangeDoc, NoticeDoc } from '../../core/model';
import { CHANGE_SEQ_COUNTER, Collections, changeEntryId } from '../../core/model';
import type { PlannedChange } from './seedChanges';
import { changeKey, seedChanges } from './seedChanges';

/** `counters` document: the last allocated change-log sequence number. */
export interface SeqCounterDoc {
  _id: string;
  seq: number;
}

export interface NoticeWriteCounts {
  noticesInserted: number;
  noticesExisting: number;
  changesInserted: number;
}

export interface NoticeBatchWriterOptions {
  /** Notices per insertMany (default 1000). */
  batchSize?: number;
  /** Called after every flushed batch with the number of notices it handled. */
  onFlushed?: (notices: number) => void;
  now?: () => Date;
}

const DUPLICATE_KEY = 11000;
const SEED_ACTOR = 'seed';

/**
 * Writes seeded notices of one level in batches, idempotently: notices whose id exists are left
 * alone; every notice that is still as seeded gets the change-log entries it lacks (so a run
 * interrupted between the two writes is completed by the next one), numbered from one block of
 * the sequence counter per batch, oldest change first.
 */
export class NoticeBatchWriter {
  readonly counts: NoticeWriteCounts = {
    noticesInserted: 0,
    noticesExisting: 0,
    changesInserted: 0,
  };
  private readonly notices: Collection<NoticeDoc>;
  private readonly changes: Collection<ChangeDoc>;
  private readonly counters: Collection<SeqCounterDoc>;
  private readonly batchSize: number;
  private buffer: NoticeDoc[] = [];
  private inFlight: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(
    db: Db,
    readonly level: Level,
    private readonly options: NoticeBatchWriterOptions = {},
  ) {
    this.notices = db.collection<NoticeDoc>(Collections.notices);
    this.changes = db.collection<ChangeDoc>(Collections.changes);
    this.counters = db.collection<SeqCounterDoc>(Collections.counters);
    this.batchSize = options.batchSize ?? 1000;
  }

  /**
   * Queues a notice; a full batch is written in the background while the caller goes on
   * generating (one batch in flight per level, so change numbers stay in batch order).
   */
  async add(notice: NoticeDoc): Promise<void> {
    if (notice.level !== this.level) {
      throw new Error(`notice ${notice._id} belongs to ${notice.level}, not ${this.level}`);
    }
    this.buffer.push(notice);
    if (this.buffer.length >= this.batchSize) await this.startBatch();
  }

  /** Writes whatever is queued and waits for every batch to land. */
  async flush(): Promise<void> {
    await this.startBatch();
    await this.settle();
  }

  private async startBatch(): Promise<void> {
    await this.settle();
    const batch = this.buffer;
    this.buffer = [];
    if (batch.length === 0) return;
    this.inFlight = this.writeBatch(batch).catch((error: unknown) => {
      this.failure = error;
    });
  }

  private async settle(): Promise<void> {
    await this.inFlight;
    this.inFlight = Promise.resolve();
    if (this.failure !== null) throw this.failure;
  }

  private async writeBatch(batch: NoticeDoc[]): Promise<void> {
    // Insert first and let the unique _id tell which notices exist: on FerretDB every read is
    // a full scan, so a fresh run must not read at all.
    const duplicates = await insertReportingDuplicates(() =>
      this.notices.insertMany(batch, { ordered: false }),
    );
    const fresh = batch.filter((_, i) => !duplicates.has(i));
    const existing = batch.filter((_, i) => duplicates.has(i));
    this.counts.noticesInserted += fresh.length;
    this.counts.noticesExisting += existing.length;
    const planned = [...fresh.flatMap(seedChanges), ...(await this.missingChanges(existing))].sort(
      byTime,
    );
    this.counts.changesInserted += await this.appendChanges(planned);
    this.options.onFlushed?.(batch.length);
  }

  /**
   * Change-log entries that notices seeded by an earlier run still lack (it stopped between
   * the two writes). A notice edited since it was seeded has its own history and is left alone.
   */
  private async missingChanges(existing: NoticeDoc[]): Promise<PlannedChange[]> {
    const expected = existing.flatMap(seedChanges);
    if (expected.length === 0) return [];
    const logged = await this.loggedKeys([...new Set(expected.map((change) => change.noticeId))]);
    const missing = expected.filter((change) => !logged.has(changeKey(change)));
    if (missing.length === 0) return [];
    const seeded = new Map(existing.map((notice) => [notice._id, notice]));
    const stored = await this.notices
      .find(
        { _id: { $in: [...new Set(missing.map((change) => change.noticeId))] } },
        { projection: { _id: 1, version: 1, updatedBy: 1 } },
      )
      .toArray();
    const untouched = new Set(
      stored
        .filter(
          (doc) => doc.updatedBy === SEED_ACTOR && doc.version === seeded.get(doc._id)?.version,
        )
        .map((doc) => doc._id),
    );
    return missing.filter((change) => untouched.has(change.noticeId));
  }

  private async loggedKeys(noticeIds: string[]): Promise<Set<string>> {
    if (noticeIds.length === 0) return new Set();
    const entries = await this.changes
      .find({ noticeId: { $in: noticeIds } }, { projection: { noticeId: 1, version: 1, type: 1 } })
      .toArray();
    return new Set(entries.map(changeKey));
  }

  private async appendChanges(planned: PlannedChange[]): Promise<number> {
    if (planned.length === 0) return 0;
    const counter = await this.counters.findOneAndUpdate(
      { _id: CHANGE_SEQ_COUNTER },
      { $inc: { seq: planned.length } },
      { upsert: true, returnDocument: 'after' },
    );
    if (!counter) throw new Error('the change sequence counter was not returned');
    const first = counter.seq - planned.length + 1;
    const loggedAt = this.options.now ? this.options.now() : new Date();
    const entries: ChangeDoc[] = planned.map((change, i) => ({
      _id: changeEntryId(first + i),
      seq: first + i,
      ...change,
      loggedAt,
    }));
    const duplicates = await insertReportingDuplicates(() =>
      this.changes.insertMany(entries, { ordered: false }),
    );
    return entries.length - duplicates.size;
  }
}

function byTime(a: PlannedChange, b: PlannedChange): number {
  return (
    a.at.getTime() - b.at.getTime() || a.noticeId.localeCompare(b.noticeId) || a.version - b.version
  );
}

/**
 * Runs an unordered insertMany, treating documents rejected as duplicates (already written by
 * an earlier run, or refused by a unique index such as the change log's notice/version/type)
 * as present. Returns the input indexes of those duplicates; any other failure is thrown.
 */
async function insertReportingDuplicates(insert: () => Promise<unknown>): Promise<Set<number>> {
  try {
    await insert();
    return new Set();
  } catch (error) {
    if (error instanceof MongoBulkWriteError && onlyDuplicates(error)) {
      return new Set(writeErrorsOf(error).map((e) => e.index));
    }
    throw error;
  }
}

function writeErrorsOf(error: MongoBulkWriteError): readonly WriteError[] {
  const { writeErrors } = error;
  return isWriteErrorList(writeErrors) ? writeErrors : [writeErrors];
}

function isWriteErrorList(
  value: WriteError | readonly WriteError[],
): value is readonly WriteError[] {
  return Array.isArray(value);
}

function onlyDuplicates(error: MongoBulkWriteError): boolean {
  const writeErrors = writeErrorsOf(error);
  return writeErrors.length > 0 && writeErrors.every((e) => e.code === DUPLICATE_KEY);
}
