import type { Level } from '../core/levels';
import { LEVELS } from '../core/levels';
import type { RunningCluster } from './support/startCluster';
import { startCluster } from './support/startCluster';
import { dataOf, eventually, graphqlRequest } from './support/graphqlRequest';

/*
 * The N+1 guard: a page of `latest` with every notice's site name must cost a
 * fixed number of database commands in each subgraph, whatever the page size.
 * Counted by the driver's command monitoring inside the real processes. The
 * subgraphs run with DB_POINT_READS=off, as on MongoDB: on FerretDB they would
 * read a loader's batch (≤ 64 ids) one `_id` at a time on purpose, because
 * FerretDB's `$in` scans the collection (see core/db/findByIds.ts). The
 * syndication workers are off: their background reads (the site directory,
 * notices for the feeds) would land in the counts at random.
 */

const QUERY = `query($first: Int) {
  latest(first: $first) { totalCount edges { node { id title publishedAt site { id name } column { name } } } }
}`;

let cluster: RunningCluster;

beforeAll(async () => {
  cluster = await startCluster({
    env: { GOVHUB_DB_COMMAND_STATS: '1', DB_POINT_READS: 'off', SYNDICATION_ENABLED: '0' },
  });
  await eventually(async () => {
    const r = await graphqlRequest<{ latest: { totalCount: number } }>(cluster.gatewayUrl, QUERY, {
      first: 1,
    });
    return r.data && r.data.latest.totalCount >= 60 ? true : undefined;
  }, 30_000);
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
});

/** Commands a request issues against the collections that serve reads (the background catalog sync reads `changes` and `cursors`). */
const SERVED = /^(find|count|aggregate|getMore):(notices|sites|catalog)$/;

async function commandsFor(first: number): Promise<Record<Level, number>> {
  await Promise.all(LEVELS.map((l) => fetch(debugUrl(l, 'reset'), { method: 'POST' })));
  const r = dataOf(
    await graphqlRequest<{ latest: { edges: unknown[] } }>(cluster.gatewayUrl, QUERY, { first }),
  );
  expect(r.latest.edges).toHaveLength(first);
  const counts = {} as Record<Level, number>;
  for (const level of LEVELS) {
    const body = (await (await fetch(debugUrl(level))).json()) as {
      byCommand: Record<string, number>;
    };
    counts[level] = Object.entries(body.byCommand).reduce(
      (sum, [key, n]) => sum + (SERVED.test(key) ? n : 0),
      0,
    );
  }
  return counts;
}

function debugUrl(level: Level, action?: string): string {
  return `${cluster.levelUrls[level].replace(/\/graphql$/, '')}/debug/db-commands${action ? `/${action}` : ''}`;
}

test('latest with site names costs the same few commands per subgraph at 20, 50 and 100 items', async () => {
  const sizes = [20, 50, 100];
  const counts = [];
  for (const first of sizes) counts.push(await commandsFor(first));
  for (const level of LEVELS) {
    const perSize = counts.map((c) => c[level]);
    // An N+1 would cost at least one command per notice of the level on the page.
    for (const n of perSize) expect(n).toBeLessThanOrEqual(6);
    expect(perSize[2]).toBeLessThanOrEqual(perSize[1]);
  }
  expect(counts[2].PROVINCE).toBeGreaterThan(0);
});
