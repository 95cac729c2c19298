import type { Level } from '../levels/level';
import type { NoticeSnapshot } from './change';

/**
 * The province's catalog row for one notice of the cluster (any level), built
 * from the change logs. Lets `latest` page across levels in one sorted query.
 */
export interface CatalogDoc extends NoticeSnapshot {
  /** The notice id (with level prefix). */
  _id: string;
  level: Level;
  version: number;
}
