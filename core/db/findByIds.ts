import type { Collection, Document, Filter, WithId } from 'mongodb';

/**
 * Documents by `_id`, in any order (missing ones left out). MongoDB answers
 * one `$in` from its index. FerretDB v1 does not push `$in` down to SQLite:
 * every `$in` reads the whole collection, while an `_id` equality is one
 * indexed lookup, so with `pointReads` up to POINT_READS_MAX ids are read one
 * after the other (not in parallel: FerretDB slows down badly when hundreds of
 * commands queue on a connection); a larger batch is one scan anyway.
 */
/** Above this many ids, one scan costs less than the lookups. */
export const POINT_READS_MAX = 64;

export async function findByIds<T extends Document & { _id: string }>(
  collection: Collection<T>,
  ids: readonly string[],
  pointReads: boolean,
): Promise<WithId<T>[]> {
  if (ids.length === 0) return [];
  if (ids.length === 1 || (pointReads && ids.length <= POINT_READS_MAX)) {
    const found: WithId<T>[] = [];
    for (const id of ids) {
      const doc = await collection.findOne({ _id: id } as Filter<T>);
      if (doc !== null) found.push(doc);
    }
    return found;
  }
  return collection.find({ _id: { $in: [...ids] } } as Filter<T>).toArray();
}
