import DataLoader from 'dataloader';
import { findByIds } from '../../../core/db';
import type { NoticeDoc, ReceiptDoc, RepostDoc, SiteDoc } from '../../../core/model';
import type { LevelCollections } from '../repositories/levelCollections';

/** Per-request DataLoaders: each batch is one `$in` query (or point reads on FerretDB), whatever the page size. */
export interface Loaders {
  notice: DataLoader<string, NoticeDoc | null>;
  site: DataLoader<string, SiteDoc | null>;
  childSites: DataLoader<string, SiteDoc[]>;
  interpretations: DataLoader<string, NoticeDoc[]>;
  repost: DataLoader<string, RepostDoc | null>;
  /** The receipts of a notice (its copies on other sites), by site. */
  receipts: DataLoader<string, ReceiptDoc[]>;
}

export interface LoaderOptions {
  /** Read ids one by one instead of with `$in` (FerretDB: see findByIds). */
  pointReads: boolean;
}

export function createLoaders(
  c: LevelCollections,
  options: LoaderOptions = { pointReads: false },
): Loaders {
  const { pointReads } = options;
  return {
    notice: new DataLoader(async (ids) => byId(ids, await findByIds(c.notices, ids, pointReads))),
    site: new DataLoader(async (ids) => byId(ids, await findByIds(c.sites, ids, pointReads))),
    childSites: new DataLoader(async (parentIds) => {
      const rows = await c.sites
        .find({ parentId: { $in: [...parentIds] } })
        .sort({ _id: 1 })
        .toArray();
      return groupBy(parentIds, rows, (s) => s.parentId);
    }),
    interpretations: new DataLoader(async (policyIds) => {
      const rows = await c.notices
        .find({ interpretsId: { $in: [...policyIds] } })
        .sort({ publishedAt: -1, _id: -1 })
        .toArray();
      return groupBy(policyIds, rows, (n) => n.interpretsId);
    }),
    repost: new DataLoader(async (ids) => byId(ids, await findByIds(c.reposts, ids, pointReads))),
    receipts: new DataLoader(async (noticeIds) => {
      const rows = await c.receipts
        .find({ noticeId: { $in: [...noticeIds] } })
        .sort({ siteId: 1 })
        .toArray();
      return groupBy(noticeIds, rows, (r) => r.noticeId);
    }),
  };
}

/** One value per key, in key order (DataLoader's contract). */
function byId<T extends { _id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r._id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string | null): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
