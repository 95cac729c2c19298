import type { Db } from 'mongodb';
import type { Level } from '../../core/levels';
import { LEVELS, levelPrefix } from '../../core/levels';
import { CHANGE_SEQ_COUNTER, Collections } from '../../core/model';
import { decodeChangeCursor } from '../../subgraphs/level/paging/changeCursor';
import { decodeExportCursor } from '../../subgraphs/level/paging/exportCursor';
import type { SeedDatabases } from '../seed/seedDatabases';
import { openSeedDatabases } from '../seed/seedDatabases';

/** How far every reader of the change logs is, against the head of each log. */
export interface FeedPositions {
  /** Last sequence number of each level's change log. */
  heads: Record<Level, number>;
  /** `<worker level> <- <source level>`: the syndication worker's cursor. */
  readers: Record<string, number>;
  /** Entries the readers still have to read, summed. */
  behind: number;
}

/**
 * Read-only access to a running cluster's three level databases for the benchmark: counting
 * copies and receipts, and telling when the syndication workers and the province catalog have
 * read every change log to its end.
 */
export class LevelDatabases {
  private constructor(private readonly databases: SeedDatabases) {}

  static async open(uris: Record<Level, string>, dbPrefix: string): Promise<LevelDatabases> {
    return new LevelDatabases(await openSeedDatabases(uris, dbPrefix, 'govhub-bench'));
  }

  db(level: Level): Db {
    return this.databases.byLevel[level];
  }

  close(): Promise<void> {
    return this.databases.close();
  }

  /** Copies of one original held by `level`'s sites. */
  copiesOf(level: Level, originalId: string): Promise<number> {
    return this.db(level).collection(Collections.reposts).countDocuments({ originalId });
  }

  /** Every copy `level` holds (count without a filter: the cheapest count FerretDB has). */
  allCopies(level: Level): Promise<number> {
    return this.db(level).collection(Collections.reposts).estimatedDocumentCount();
  }

  /** Every receipt the origin `level` keeps. */
  allReceipts(level: Level): Promise<number> {
    return this.db(level).collection(Collections.receipts).estimatedDocumentCount();
  }

  /** Receipts the origin `level` keeps for one of its notices. */
  receiptsOf(level: Level, noticeId: string): Promise<number> {
    return this.db(level).collection(Collections.receipts).countDocuments({ noticeId });
  }

  /** A stored cursor of `level`'s database (raw string), or null. */
  async cursor(level: Level, name: string): Promise<string | null> {
    const doc = await this.db(level)
      .collection<{ _id: string; after: string | null }>(Collections.cursors)
      .findOne({ _id: name });
    return doc?.after ?? null;
  }

  /** A stored change-log cursor as a sequence number (0 when absent or not a change cursor). */
  async cursorSeq(level: Level, name: string): Promise<number> {
    try {
      return decodeChangeCursor(await this.cursor(level, name));
    } catch {
      return 0;
    }
  }

  /** Notices a backfill has read from a compacted change log (its stored cursor; 0 when absent). */
  async cursorServed(level: Level, name: string): Promise<number> {
    try {
      return decodeExportCursor(await this.cursor(level, name)).served;
    } catch {
      return 0;
    }
  }

  async positions(): Promise<FeedPositions> {
    const heads = {} as Record<Level, number>;
    for (const level of LEVELS) {
      const counter = await this.db(level)
        .collection<{ _id: string; seq: number }>(Collections.counters)
        .findOne({ _id: CHANGE_SEQ_COUNTER });
      heads[level] = counter?.seq ?? 0;
    }
    const readers: Record<string, number> = {};
    let behind = 0;
    const read = async (db: Level, name: string, source: Level, key: string) => {
      const seq = await this.cursorSeq(db, name);
      readers[key] = seq;
      behind += Math.max(0, heads[source] - seq);
    };
    for (const worker of LEVELS) {
      for (const source of LEVELS) {
        await read(
          worker,
          `syndication:${levelPrefix(source)}`,
          source,
          `${levelPrefix(worker)} worker <- ${levelPrefix(source)}`,
        );
      }
    }
    for (const source of LEVELS)
      await read('PROVINCE', `catalog:${source}`, source, `catalog <- ${levelPrefix(source)}`);
    return { heads, readers, behind };
  }

  /**
   * Waits until every syndication worker and the province catalog have read every log to its end
   * and stayed there for `settleMs` (no new entries, no reader moving); calls `onPoll` with the
   * entries still to read and the total there were when the wait started.
   */
  async waitForQuiescence(options: {
    timeoutMs: number;
    settleMs?: number;
    /** Between two looks at the cursors (default 200 ms; each look is 15 reads by _id). */
    everyMs?: number;
    onPoll?: (behind: number, positions: FeedPositions) => void;
  }): Promise<FeedPositions> {
    const deadline = Date.now() + options.timeoutMs;
    const settleMs = options.settleMs ?? 1000;
    let quietSince: number | null = null;
    let last = '';
    for (;;) {
      const positions = await this.positions();
      options.onPoll?.(positions.behind, positions);
      const key = JSON.stringify(positions);
      if (positions.behind === 0 && key === last) {
        quietSince ??= Date.now();
        if (Date.now() - quietSince >= settleMs) return positions;
      } else {
        quietSince = positions.behind === 0 ? Date.now() : null;
      }
      last = key;
      if (Date.now() > deadline) {
        throw new Error(
          `the change-log readers did not catch up within ${options.timeoutMs} ms: ${key}`,
        );
      }
      await new Promise((r) => setTimeout(r, options.everyMs ?? 200));
    }
  }
}
