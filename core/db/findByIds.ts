import type { Collection, Document, Filter, WithId } from 'mongodb';
import { mapLimited } from './mapLimited';

/**
 * Documents by `_id`, in any order (missing ones left out). MongoDB answers
 * one `$in` from its index. FerretDB v1 does not push `$in` down to SQLite:
 * every `$in` reads the whole collection (about 2 s at 10,000 notices), while
 * an `_id` equality is an index search of 1–2 ms (with the index our FerretDB
 * build adds, tools/ferretdb/idindexes.go), so with `pointReads` up to
 * POINT_READS_MAX ids are looked up a few at a time.
 */
/** Above this many ids, one scan is cheaper than the lookups even for large collections. */
export const POINT_READS_MAX = 1000;
/** Lookups in flight at once (FerretDB slows down when hundreds of commands queue). */
const POINT_READ_CONCURRENCY = 8;

export async function findByIds<T extends Document & { _id: string }>(
  collection: Collection<T>,
  ids: readonly string[],
  pointReads: boolean,
): Promise<WithId<T>[]> {
  if (ids.length === 0) return [];
  if (ids.length === 1 || (pointReads && ids.length <= POINT_READS_MAX)) {
    const docs = await mapLimited(ids, POINT_READ_CONCURRENCY, (id) =>
      collection.findOne({ _id: id } as Filter<T>),
    );
    return docs.filter((doc): doc is WithId<T> => doc !== null);
  }
  return collection.find({ _id: { $in: [...ids] } } as Filter<T>).toArray();
}
