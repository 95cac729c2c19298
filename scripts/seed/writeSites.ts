import { isDeepStrictEqual } from 'node:util';
import type { AnyBulkWriteOperation, Db } from 'mongodb';
import type { SiteDoc } from '../../core/model';
import { Collections } from '../../core/model';

/**
 * Makes a database's `sites` hold these sites as given: missing ones are inserted, differing
 * ones replaced, identical ones not written at all (so seeding again writes nothing).
 */
export async function writeSites(
  db: Db,
  sites: readonly SiteDoc[],
): Promise<{ written: number; unchanged: number }> {
  const collection = db.collection<SiteDoc>(Collections.sites);
  const stored = new Map<string, SiteDoc>();
  const ids = sites.map((site) => site._id);
  for (let i = 0; i < ids.length; i += 1000) {
    const docs = await collection.find({ _id: { $in: ids.slice(i, i + 1000) } }).toArray();
    for (const doc of docs) stored.set(doc._id, doc);
  }
  const changed = sites.filter((site) => !isDeepStrictEqual(stored.get(site._id), site));
  const operations: AnyBulkWriteOperation<SiteDoc>[] = changed.map((site) => ({
    replaceOne: { filter: { _id: site._id }, replacement: site, upsert: true },
  }));
  for (let i = 0; i < operations.length; i += 1000) {
    await collection.bulkWrite(operations.slice(i, i + 1000), { ordered: false });
  }
  return { written: changed.length, unchanged: sites.length - changed.length };
}
