import type { Level } from '../levels/level';
import type { ChangeType, NoticeKind, NoticeStatus, Validity } from './notice';

/**
 * What the catalog and the syndication worker need to know about a notice
 * without fetching it: carried in every change-log entry.
 */
export interface NoticeSnapshot {
  siteId: string;
  columnId: string | null;
  kind: NoticeKind;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  category: string | null;
  topics: string[];
  status: NoticeStatus;
  validity: Validity;
  signedAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
}

/** One entry of a level's append-only change log (`changes` collection). */
export interface ChangeDoc {
  /** Monotonic sequence number: the cursor. */
  _id: number;
  noticeId: string;
  level: Level;
  type: ChangeType;
  version: number;
  at: Date;
  snapshot: NoticeSnapshot;
}
