import type { Level } from '../../core/levels';
import { LEVELS } from '../../core/levels';
import type { NoticeDoc, SiteDoc } from '../../core/model';
import { NoticeBatchWriter } from './noticeBatchWriter';
import type { SeedDatabases } from './seedDatabases';
import type { LevelSeedSummary } from './seedSummary';
import type { SeedRule } from './writeRules';
import { writeRules } from './writeRules';
import { writeSites } from './writeSites';

/** What a seeding run writes. */
export interface SeedCluster {
  /** The whole site directory (政府网站名录). */
  sites: readonly SiteDoc[];
  /** 转载规则 of any level (none for a synthetic cluster). */
  rules?: readonly SeedRule[];
  /** Notices of any level, in any order. */
  notices: Iterable<NoticeDoc>;
}

export interface WriteClusterOptions {
  /** Notices per batch and level (default 1000). */
  batchSize?: number;
  /** Called after every written batch with the number of notices it held. */
  onNotices?: (count: number) => void;
  /** createdAt/updatedAt of the rules written (default: now). */
  now?: Date;
}

/**
 * Writes a cluster: the whole directory into every level database (rule scopes and mandate
 * coverage are evaluated at each level, so each needs every site), each rule into the database
 * of its level, then the notices with their change-log entries. Idempotent: identical sites and
 * rules are not rewritten, existing notices are skipped.
 */
export async function writeCluster(
  databases: SeedDatabases,
  cluster: SeedCluster,
  options: WriteClusterOptions = {},
): Promise<Record<Level, LevelSeedSummary>> {
  const now = options.now ?? new Date();
  const rules = cluster.rules ?? [];
  const summary = {} as Record<Level, LevelSeedSummary>;
  const writers = {} as Record<Level, NoticeBatchWriter>;
  for (const level of LEVELS) {
    const db = databases.byLevel[level];
    const sites = await writeSites(db, cluster.sites);
    const own = rules.filter((rule) => rule.level === level);
    const written = await writeRules(db, level, own, now);
    summary[level] = {
      database: db.databaseName,
      sitesWritten: sites.written,
      sitesUnchanged: sites.unchanged,
      rulesWritten: written.written,
      rulesUnchanged: written.unchanged,
      noticesInserted: 0,
      noticesExisting: 0,
      changesInserted: 0,
    };
    writers[level] = new NoticeBatchWriter(db, level, {
      batchSize: options.batchSize,
      onFlushed: options.onNotices,
    });
  }
  for (const notice of cluster.notices) await writers[notice.level].add(notice);
  for (const level of LEVELS) {
    await writers[level].flush();
    Object.assign(summary[level], writers[level].counts);
  }
  return summary;
}
