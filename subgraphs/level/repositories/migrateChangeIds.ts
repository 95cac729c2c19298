import type { Collection } from 'mongodb';
import { changeEntryId } from '../../../core/model';
import type { LevelCollections } from './levelCollections';

const BATCH = 500;
/** ensureIndexes' unique index on (noticeId, version, type). */
const UNIQUE_CHANGE_INDEX = 'notice_version_type';

interface LegacyEntry {
  _id: number | string;
  [field: string]: unknown;
}
/** `counters` document saying the log has string ids only, so later starts skip the scan. */
const MIGRATED_MARKER = 'changes:string-ids';

/**
 * Change logs written before entries had string ids (changeEntryId) used the sequence number
 * itself as `_id`. Rewrites such entries once, at start-up and before any reader runs: each is
 * inserted under its string id (a replay after a crash finds it there already) and only then
 * deleted, so a crash midway loses nothing and the next start finishes the job. The unique
 * index on (notice, version, type) would refuse the copy while the original exists, so it is
 * dropped first: run this before ensureIndexes, which recreates it. Returns how many entries
 * were rewritten.
 */
export async function migrateChangeIds(c: LevelCollections): Promise<number> {
  if (await c.counters.findOne({ _id: MIGRATED_MARKER })) return 0;
  const legacy = c.changes as unknown as Collection<LegacyEntry>;
  let moved = 0;
  for (;;) {
    const batch = await legacy
      .find({ _id: { $not: { $type: 'string' } } })
      .limit(BATCH)
      .toArray();
    if (moved === 0 && batch.length > 0)
      await c.changes.dropIndex(UNIQUE_CHANGE_INDEX).catch(() => undefined);
    if (batch.length === 0) {
      await c.counters.updateOne({ _id: MIGRATED_MARKER }, { $set: { seq: 0 } }, { upsert: true });
      return moved;
    }
    for (const doc of batch) {
      const seq = Number(doc._id);
      const upgraded = { ...doc, _id: changeEntryId(seq), seq };
      await legacy.replaceOne({ _id: upgraded._id }, upgraded, {
        upsert: true,
      });
      await legacy.deleteOne({ _id: doc._id });
      moved += 1;
    }
  }
}
