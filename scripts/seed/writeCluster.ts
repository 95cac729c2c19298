import type { Level } from '../../core/levels';
import { LEVELS } from '../../core/levels';
import type { NoticeDoc, SiteDoc } from '../../core/model';
import { NoticeBatchWriter } from './noticeBatchWriter';
import type { SeedDatabases } from './seedDatabases';
import type { LevelSeedSummary } from './seedSummary';
import { writeSites } from './writeSites';

export interface WriteClusterOptions {
  /** Notices per batch and level (default 1000). */
  batchSize?: number;
  /** Called after every written batch with the number of notices it held. */
  onNotices?: (count: number) => void;
}

/**
 * Writes a cluster: the whole directory into the province database and each level's own sites
 * into its database, then the notices (any order, any level) with their change-log entries.
 */
export async function writeCluster(
  databases: SeedDatabases,
  sites: readonly SiteDoc[],
  notices: Iterable<NoticeDoc>,
  options: WriteClusterOptions = {},
): Promise<Record<Level, LevelSeedSummary>> {
  const summary = {} as Record<Level, LevelSeedSummary>;
  const writers = {} as Record<Level, NoticeBatchWriter>;
  for (const level of LEVELS) {
    const db = databases.byLevel[level];
    const own = level === 'PROVINCE' ? sites : sites.filter((site) => site.level === level);
    const written = await writeSites(db, own);
    summary[level] = {
      database: db.databaseName,
      sitesWritten: written.written,
      sitesUnchanged: written.unchanged,
      noticesInserted: 0,
      noticesExisting: 0,
      changesInserted: 0,
    };
    writers[level] = new NoticeBatchWriter(db, level, {
      batchSize: options.batchSize,
      onFlushed: options.onNotices,
    });
  }
  for (const notice of notices) await writers[notice.level].add(notice);
  for (const level of LEVELS) {
    await writers[level].flush();
    Object.assign(summary[level], writers[level].counts);
  }
  return summary;
}
