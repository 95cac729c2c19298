import type { Level } from '../../core/levels';
import type { DemoNoticeOptions } from './demoClusterNotices';
import { demoClusterNotices } from './demoClusterNotices';
import { loadDemoCluster } from './loadDemoCluster';
import { openSeedDatabases } from './seedDatabases';
import type { SeedSummary } from './seedSummary';
import { writeCluster } from './writeCluster';

export interface SeedDemoClusterOptions extends DemoNoticeOptions {
  /** MongoDB connection string of each level (the same one for all is fine). */
  uris: Record<Level, string>;
  /** Databases are `${dbPrefix}_county`, `${dbPrefix}_city`, `${dbPrefix}_province`. */
  dbPrefix: string;
  log?: (message: string) => void;
  /** The demo data directory (default: the repository's data/demo). */
  dataDir?: string;
}

/**
 * Seeds the demo cluster shipped in data/demo (the directory into every level, the 转载规则
 * into their levels, the real notices, generated notices and their change-log entries).
 * Idempotent: ids are deterministic, identical sites and rules are not rewritten and existing
 * notices are skipped, so a second run writes nothing and logs no change twice.
 */
export async function seedDemoCluster(options: SeedDemoClusterOptions): Promise<SeedSummary> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const cluster = loadDemoCluster(options.dataDir);
  const notices = demoClusterNotices(cluster, options);
  log(
    `demo cluster: ${cluster.sites.length} sites, ${cluster.rules.length} rules, ` +
      `${notices.length} notices (${cluster.notices.length} real)`,
  );
  const databases = await openSeedDatabases(options.uris, options.dbPrefix);
  try {
    const levels = await writeCluster(databases, {
      sites: cluster.sites,
      rules: cluster.rules,
      notices,
    });
    return { levels, elapsedMs: Date.now() - started };
  } finally {
    await databases.close();
  }
}
