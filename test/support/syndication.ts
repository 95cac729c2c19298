import type { Db } from 'mongodb';
import { MongoClient } from 'mongodb';
import { GATEWAY_SECRET_HEADER } from '../../core/auth';
import type { Level } from '../../core/levels';
import { LEVELS, levelPrefix } from '../../core/levels';
import { eventually, graphqlRequest } from './graphqlRequest';
import type { RunningCluster } from './startCluster';

/** GATEWAY_SHARED_SECRET's development default (startCluster does not set one). */
export const DEVELOPMENT_GATEWAY_SECRET = 'govhub-development-gateway-secret';

/** One MongoClient per distinct URI of a cluster, to read and write a level's database directly. */
export class LevelDatabases {
  private readonly clients = new Map<string, Promise<MongoClient>>();

  constructor(private readonly cluster: RunningCluster) {}

  async db(level: Level): Promise<Db> {
    const uri = this.cluster.uris[level];
    let client = this.clients.get(uri);
    if (!client) {
      client = MongoClient.connect(uri);
      this.clients.set(uri, client);
    }
    return (await client).db(`${this.cluster.dbPrefix}_${levelPrefix(level)}`);
  }

  async close(): Promise<void> {
    const clients = [...this.clients.values()];
    this.clients.clear();
    for (const client of clients) await (await client).close();
  }
}

/**
 * Whether every level's syndication worker has read every level's change log
 * to its end: its stored cursor (`syndication:<level>` in the worker's
 * database, written after the copies of the page) reads nothing more through
 * the gateway. Once true, every change logged before the call is applied.
 */
export async function syndicationCaughtUp(
  cluster: RunningCluster,
  databases: LevelDatabases,
): Promise<boolean> {
  for (const worker of LEVELS) {
    const cursors = (await databases.db(worker)).collection<{ _id: string; after: string | null }>(
      'cursors',
    );
    for (const source of LEVELS) {
      const cursor = await cursors.findOne({ _id: `syndication:${levelPrefix(source)}` });
      const field = `${levelPrefix(source)}Changes`;
      const result = await graphqlRequest<Record<string, { entries: unknown[] }>>(
        cluster.gatewayUrl,
        `query($after: String) { page: ${field}(after: $after, first: 1) { entries { noticeId } } }`,
        { after: cursor?.after ?? null },
      );
      if (result.errors?.length || !result.data) return false;
      if ((result.data.page?.entries.length ?? 1) > 0) return false;
    }
  }
  return true;
}

/** Waits until `syndicationCaughtUp`. */
export async function waitForSyndication(
  cluster: RunningCluster,
  databases: LevelDatabases,
  timeoutMs = 30_000,
): Promise<void> {
  await eventually(
    async () => ((await syndicationCaughtUp(cluster, databases)) ? true : undefined),
    timeoutMs,
    200,
  );
}

/**
 * Moves the report clock (coverage, overdue reports) of every subgraph by
 * `offsetMs` from the wall clock; the cluster must run with GOVHUB_TEST_CLOCK=1.
 */
export async function setReportClock(cluster: RunningCluster, offsetMs: number): Promise<void> {
  for (const level of LEVELS) {
    const base = cluster.levelUrls[level].replace(/\/graphql\/?$/, '');
    const res = await fetch(`${base}/debug/clock`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [GATEWAY_SECRET_HEADER]: cluster.env.GATEWAY_SHARED_SECRET ?? DEVELOPMENT_GATEWAY_SECRET,
      },
      body: JSON.stringify({ offsetMs }),
    });
    if (!res.ok)
      throw new Error(`${level} /debug/clock answered ${res.status}: ${await res.text()}`);
  }
}
