import type { Level } from '../../core/levels';

/** What seeding did in one level's database. */
export interface LevelSeedSummary {
  database: string;
  /** Sites inserted or replaced because the directory changed. */
  sitesWritten: number;
  /** Sites already stored exactly as in the directory. */
  sitesUnchanged: number;
  /** 转载规则 of this level inserted or replaced (the demo's; a synthetic cluster has none). */
  rulesWritten: number;
  /** Rules already stored saying the same (version and timestamps aside). */
  rulesUnchanged: number;
  noticesInserted: number;
  /** Notices already there (left untouched). */
  noticesExisting: number;
  changesInserted: number;
}

export interface SeedSummary {
  levels: Record<Level, LevelSeedSummary>;
  elapsedMs: number;
}

/**
 * `county   govhub_county: sites 35 written / 0 unchanged, rules 0 written / 0 unchanged, notices …`
 * lines, one per level.
 */
export function formatSeedSummary(summary: SeedSummary): string[] {
  return Object.entries(summary.levels).map(
    ([level, s]) =>
      `${level.toLowerCase().padEnd(8)} ${s.database}: sites ${s.sitesWritten} written / ${s.sitesUnchanged} unchanged, ` +
      `rules ${s.rulesWritten} written / ${s.rulesUnchanged} unchanged, ` +
      `notices ${s.noticesInserted} inserted / ${s.noticesExisting} existing, changes ${s.changesInserted} inserted`,
  );
}
