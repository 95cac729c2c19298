import type { LevelCollections } from './levelCollections';

/**
 * Creates the indexes a level needs; idempotent, run at start-up. Only plain
 * and unique indexes: FerretDB v1 has no partial, TTL or text indexes, and the
 * same code must run on MongoDB. The province catalog needs none: it is read
 * whole at start-up and served from memory (CatalogIndex).
 */
export async function ensureIndexes(c: LevelCollections): Promise<void> {
  await Promise.all([
    c.sites.createIndex({ parentId: 1 }, { name: 'parent' }),
    c.sites.createIndex({ level: 1 }, { name: 'level' }),
    c.notices.createIndex({ siteId: 1, updatedAt: -1 }, { name: 'site_updated' }),
    c.notices.createIndex({ interpretsId: 1 }, { name: 'interprets' }),
    c.notices.createIndex({ 'pendingChange.version': 1 }, { name: 'pending_change' }),
    c.notices.createIndex({ 'pendingAudit._id': 1 }, { name: 'pending_audit' }),
    c.notices.createIndex({ siteId: 1, status: 1 }, { name: 'site_status' }),
    // The compacted change log (noticeExport): public notices in id order.
    c.notices.createIndex({ status: 1, _id: 1 }, { name: 'status_id' }),
    c.audit.createIndex({ noticeId: 1, at: -1 }, { name: 'notice_at' }),
    c.audit.createIndex({ siteId: 1, at: -1 }, { name: 'site_at' }),
    // One entry per notice version and change type: a replayed append after a
    // crash is rejected instead of logged twice.
    c.changes.createIndex(
      { noticeId: 1, version: 1, type: 1 },
      { name: 'notice_version_type', unique: true },
    ),
    c.rules.createIndex({ siteId: 1 }, { name: 'site' }),
    c.reposts.createIndex({ originalId: 1 }, { name: 'original' }),
    c.reposts.createIndex({ siteId: 1, repostedAt: -1 }, { name: 'site_reposted' }),
    c.reposts.createIndex({ receiptPending: 1 }, { name: 'receipt_pending' }),
    c.reposts.createIndex({ deadline: 1 }, { name: 'deadline' }),
    c.receipts.createIndex({ noticeId: 1 }, { name: 'notice' }),
  ]);
}
