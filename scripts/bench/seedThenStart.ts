import type { Level } from '../../core/levels';
import type { RunningCluster } from '../cluster';
import type { SeedDatabases } from '../seed/seedDatabases';
import { dropSeedDatabases, openSeedDatabases } from '../seed/seedDatabases';

export interface SeedThenStartSpec {
  uris: Record<Level, string>;
  dbPrefix: string;
  start: (dbPrefix: string) => Promise<RunningCluster>;
}

/**
 * Writes a scenario's data into the three level databases with `write`, then starts the hub on
 * them; on any failure before the hub runs, the half-written databases are dropped.
 */
export async function seedThenStart(
  spec: SeedThenStartSpec,
  write: (seed: SeedDatabases) => Promise<unknown>,
): Promise<RunningCluster> {
  const seed = await openSeedDatabases(spec.uris, spec.dbPrefix, 'govhub-bench-seed');
  try {
    await write(seed);
    return await spec.start(spec.dbPrefix);
  } catch (error) {
    await dropSeedDatabases(seed).catch(() => undefined);
    throw error;
  } finally {
    await seed.close();
  }
}
