import { MongoClient } from 'mongodb';
import type { Level } from '../../core/levels';
import { levelPrefix } from '../../core/levels';
import type { RunningCluster } from './startCluster';

/** Counts what a level really stored under a title: tests check that refused writes left nothing behind. */
export async function countStoredNotices(
  cluster: RunningCluster,
  level: Level,
  title: string,
): Promise<number> {
  const client = await MongoClient.connect(cluster.uris[level]);
  try {
    return await client
      .db(`${cluster.dbPrefix}_${levelPrefix(level)}`)
      .collection('notices')
      .countDocuments({ title });
  } finally {
    await client.close();
  }
}
