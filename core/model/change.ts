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
  /** 索引号. */
  indexNumber?: string | null;
  /** The notice's page on its portal, when known. */
  url?: string | null;
  /** Plain-text summary (the notice's own, else its opening sentences). */
  summary?: string;
  /** The visible text of the body, at most SNAPSHOT_TEXT_MAX characters (search). */
  text?: string;
}

/** Body text carried in a snapshot: enough for search, bounded for the change log. */
export const SNAPSHOT_TEXT_MAX = 20_000;

/** What happened to one notice: the part of a change-log entry that travels between levels. */
export interface ChangeEvent {
  noticeId: string;
  level: Level;
  type: ChangeType;
  version: number;
  /** When the change happened. */
  at: Date;
  snapshot: NoticeSnapshot;
}

/** One entry of a level's append-only change log (`changes` collection). */
export interface ChangeDoc extends ChangeEvent {
  /** The sequence number as a fixed-width string (changeEntryId): string ids are what FerretDB looks up by index. */
  _id: string;
  /** Monotonic sequence number: the cursor. */
  seq: number;
  /** When the entry was written (readers use it to tell a slow writer from a dead one). */
  loggedAt: Date;
  /**
   * Set on an entry that only fills its sequence number: a replayed append
   * took a number, then found its change already logged. Readers step over it
   * instead of waiting at a hole.
   */
  filler?: true;
}

/** Digits of a change key: room for 10^15 entries, and string order is number order. */
const CHANGE_KEY_DIGITS = 15;

/**
 * The `_id` of change-log entry `seq`: zero-padded, so a range or sort on `_id` keeps sequence
 * order, and a string, because FerretDB v1 pushes an `_id` equality down to SQLite only for
 * strings and ObjectIds (a number is a scan of the whole log).
 */
export function changeEntryId(seq: number): string {
  return String(seq).padStart(CHANGE_KEY_DIGITS, '0');
}
