import type { Level } from '../../core/levels';
import { LEVELS } from '../../core/levels';
import type { RunningCluster } from '../cluster';

/** Database commands one subgraph sent, by `command:collection` (GOVHUB_DB_COMMAND_STATS=1). */
export interface DbCommandCounts {
  total: number;
  byCommand: Record<string, number>;
}

function statsUrl(cluster: RunningCluster, level: Level, path: string): string {
  return cluster.levelUrls[level].replace(/\/graphql\/?$/, '') + path;
}

/** Zeroes every subgraph's command counts; silently nothing when the counts are off. */
export async function resetDbCommandCounts(cluster: RunningCluster): Promise<void> {
  await Promise.all(
    LEVELS.map((level) =>
      fetch(statsUrl(cluster, level, '/debug/db-commands/reset'), { method: 'POST' }).then(
        (res) => void res.body?.cancel(),
        () => undefined,
      ),
    ),
  );
}

/** Every subgraph's command counts since the last reset (levels that do not count are left out). */
export async function dbCommandCounts(
  cluster: RunningCluster,
): Promise<Partial<Record<Level, DbCommandCounts>>> {
  const out: Partial<Record<Level, DbCommandCounts>> = {};
  for (const level of LEVELS) {
    try {
      const res = await fetch(statsUrl(cluster, level, '/debug/db-commands'));
      if (res.ok) out[level] = (await res.json()) as DbCommandCounts;
      else await res.body?.cancel();
    } catch {
      /* not counted */
    }
  }
  return out;
}

/** `find:notices 300, insert:reposts 10, ...`: the `top` commands of a count, most first. */
export function describeCommands(counts: DbCommandCounts | undefined, top = 6): string {
  if (!counts) return '-';
  const rows = Object.entries(counts.byCommand)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, n]) => `${name} ${n}`);
  return `${counts.total} (${rows.join(', ')})`;
}
