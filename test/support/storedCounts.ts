import { MongoClient } from 'mongodb';
import { LEVELS, levelPrefix } from '../../core/levels';
import type { RunningCluster } from './startCluster';

const WRITTEN = ['notices', 'changes', 'audit'] as const;

/**
 * How many notices, change-log and audit entries every level holds, with the
 * newest version sum: a refused write must leave all of it unchanged.
 */
export async function storedCounts(cluster: RunningCluster): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const level of LEVELS) {
    const client = await MongoClient.connect(cluster.uris[level]);
    try {
      const db = client.db(`${cluster.dbPrefix}_${levelPrefix(level)}`);
      for (const name of WRITTEN) {
        counts[`${levelPrefix(level)}.${name}`] = await db.collection(name).countDocuments({});
      }
      const versions = await db
        .collection<{ version: number }>('notices')
        .find({}, { projection: { version: 1 } })
        .toArray();
      counts[`${levelPrefix(level)}.versions`] = versions.reduce((sum, d) => sum + d.version, 0);
    } finally {
      await client.close();
    }
  }
  return counts;
}
