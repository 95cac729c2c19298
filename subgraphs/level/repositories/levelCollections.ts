import type { Collection, Db } from 'mongodb';
import type {
  AuditEntryDoc,
  CatalogDoc,
  ChangeDoc,
  NoticeDoc,
  ReceiptDoc,
  RepostDoc,
  RuleDoc,
  SiteDoc,
} from '../../../core/model';
import { Collections } from '../../../core/model';

export interface CounterDoc {
  _id: string;
  seq: number;
}

export interface CursorDoc {
  _id: string;
  /** Opaque cursor of the source that is being read. */
  after: string | null;
  updatedAt: Date;
}

/** Typed handles on one level's database. `catalog` is used by the province only. */
export interface LevelCollections {
  db: Db;
  sites: Collection<SiteDoc>;
  notices: Collection<NoticeDoc>;
  changes: Collection<ChangeDoc>;
  audit: Collection<AuditEntryDoc>;
  counters: Collection<CounterDoc>;
  catalog: Collection<CatalogDoc>;
  cursors: Collection<CursorDoc>;
  /** 转载规则 of this level's sites. */
  rules: Collection<RuleDoc>;
  /** Copies this level's sites made of other sites' notices. */
  reposts: Collection<RepostDoc>;
  /** What became of the copies of this level's notices (kept at the origin). */
  receipts: Collection<ReceiptDoc>;
}

export function levelCollections(db: Db): LevelCollections {
  return {
    db,
    sites: db.collection<SiteDoc>(Collections.sites),
    notices: db.collection<NoticeDoc>(Collections.notices),
    changes: db.collection<ChangeDoc>(Collections.changes),
    audit: db.collection<AuditEntryDoc>(Collections.audit),
    counters: db.collection<CounterDoc>(Collections.counters),
    catalog: db.collection<CatalogDoc>(Collections.catalog),
    cursors: db.collection<CursorDoc>(Collections.cursors),
    rules: db.collection<RuleDoc>(Collections.rules),
    reposts: db.collection<RepostDoc>(Collections.reposts),
    receipts: db.collection<ReceiptDoc>(Collections.receipts),
  };
}
