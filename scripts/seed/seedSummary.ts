import type { Level } from '../../core/levels';

/** What seeding did in one level's database. */
export interface LevelSeedSummary {
  database: string;
  /** Sites inserted or replaced because the directory changed. */
  sitesWritten: number;
  /** Sites already stored exactly as in the directory. */
  sitesUnchanged: number;
  noticesInserted: number;
  /** Notices already there (left untouched). */
  noticesExisting: number;
  changesInserted: number;
}

export interface SeedSummary {
  levels: Record<Level, LevelSeedSummary>;
  elapsedMs: number;
}

/** `county: 3 sites written, 120 notices inserted (0 existing), 114 changes` lines, one per level. */
export function formatSeedSummary(summary: SeedSummary): string[] {
  return Object.entries(summary.levels).map(
    ([level, s]) =>
      `${level.toLowerCase().padEnd(8)} ${s.database}: sites ${s.sitesWritten} written / ${s.sitesUnchanged} unchanged, ` +
      `notices ${s.noticesInserted} inserted / ${s.noticesExisting} existing, changes ${s.changesInserted} inserted`,
  );
}
