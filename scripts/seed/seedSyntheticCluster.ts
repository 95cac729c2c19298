import type { Level } from '../../core/levels';
import type { NoticeDoc, SiteDoc } from '../../core/model';
import { allocateNotices } from './allocateNotices';
import { buildSyntheticCluster } from './buildSyntheticCluster';
import { DEFAULT_PERIOD, generateSiteNotices } from './generateSiteNotices';
import type { SeedDatabases } from './seedDatabases';
import { dropSeedDatabases, openSeedDatabases } from './seedDatabases';
import type { SeedSummary } from './seedSummary';
import { buildSiteProfiles } from './siteProfile';
import { writeCluster } from './writeCluster';

export interface SeedSyntheticClusterOptions {
  uris: Record<Level, string>;
  dbPrefix: string;
  cities: number;
  counties: number;
  /** Notices in all, spread over the portals by level. */
  notices: number;
  seed: number;
  /** Drop the three databases first. */
  reset?: boolean;
  batchSize?: number;
  /** Called once the directory is built, with the number of notices to write. */
  onStart?: (info: { sites: number; notices: number }) => void;
  /** Called after every written batch with the notices written so far. */
  onProgress?: (written: number) => void;
}

export interface SyntheticSeedSummary extends SeedSummary {
  sites: number;
  notices: number;
}

/**
 * Seeds a large synthetic cluster (see buildSyntheticCluster) in batches. Idempotent for the
 * same sizes and seed, like the demo: a second run only finds existing notices.
 */
export async function seedSyntheticCluster(
  options: SeedSyntheticClusterOptions,
): Promise<SyntheticSeedSummary> {
  const started = Date.now();
  const sites = buildSyntheticCluster(options);
  const allocation = allocateNotices(sites, options.notices);
  options.onStart?.({ sites: sites.length, notices: options.notices });
  const databases: SeedDatabases = await openSeedDatabases(options.uris, options.dbPrefix);
  try {
    if (options.reset) await dropSeedDatabases(databases);
    let written = 0;
    const levels = await writeCluster(
      databases,
      { sites, notices: syntheticNotices(sites, allocation, options.seed) },
      {
        batchSize: options.batchSize,
        onNotices: (count) => {
          written += count;
          options.onProgress?.(written);
        },
      },
    );
    return {
      levels,
      elapsedMs: Date.now() - started,
      sites: sites.length,
      notices: options.notices,
    };
  } finally {
    await databases.close();
  }
}

/** The notices of every portal, generated lazily site by site. */
function* syntheticNotices(
  sites: readonly SiteDoc[],
  allocation: ReadonlyMap<string, number>,
  seed: number,
): Generator<NoticeDoc> {
  for (const profile of buildSiteProfiles(sites).values()) {
    const count = allocation.get(profile.site._id) ?? 0;
    if (count > 0) yield* generateSiteNotices(profile, { count, seed, ...DEFAULT_PERIOD });
  }
}
