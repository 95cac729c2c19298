import type { RunningCluster } from './support/startCluster';
import { startCluster } from './support/startCluster';
import { dataOf, eventually, graphqlRequest } from './support/graphqlRequest';

interface LatestPage {
  latest: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: {
        id: string;
        level: string;
        publishedAt: string;
        title: string;
        site: { name: string };
      };
    }[];
  };
}

const LATEST = `query Latest($first: Int, $after: String, $levels: [Level!], $siteId: ID, $category: String) {
  latest(first: $first, after: $after, levels: $levels, siteId: $siteId, category: $category) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id level publishedAt title site { name } } }
  }
}`;

let cluster: RunningCluster;

beforeAll(async () => {
  cluster = await startCluster();
  // The province catalog fills from the levels' change logs in the background.
  await eventually(async () => {
    const r = await graphqlRequest<LatestPage>(cluster.gatewayUrl, LATEST, {
      first: 1,
      levels: ['COUNTY'],
    });
    return r.data && r.data.latest.totalCount > 0 ? true : undefined;
  }, 30_000);
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
});

async function allPages(
  pageSize: number,
): Promise<{ ids: string[]; totalCount: number; rows: LatestPage['latest']['edges'] }> {
  const rows: LatestPage['latest']['edges'] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let i = 0; i < 1000; i += 1) {
    const page: LatestPage = dataOf(
      await graphqlRequest<LatestPage>(cluster.gatewayUrl, LATEST, { first: pageSize, after }),
    );
    totalCount = page.latest.totalCount;
    rows.push(...page.latest.edges);
    if (!page.latest.pageInfo.hasNextPage) break;
    after = page.latest.pageInfo.endCursor;
  }
  return { ids: rows.map((r) => r.node.id), totalCount, rows };
}

test('pages through every level newest first, without duplicates or gaps', async () => {
  const small = await allPages(7);
  expect(new Set(small.ids).size).toBe(small.ids.length);
  expect(small.ids.length).toBe(small.totalCount);
  const levels = new Set(small.rows.map((r) => r.node.level));
  expect([...levels].sort()).toEqual(['CITY', 'COUNTY', 'PROVINCE']);
  for (let i = 1; i < small.rows.length; i += 1) {
    const prev = small.rows[i - 1].node;
    const cur = small.rows[i].node;
    const order =
      Date.parse(prev.publishedAt) - Date.parse(cur.publishedAt) || (prev.id > cur.id ? 1 : -1);
    expect(order).toBeGreaterThan(0);
  }
  for (const row of small.rows) expect(row.node.site.name).toEqual(expect.any(String));
  // Another page size walks the very same sequence.
  const big = await allPages(50);
  expect(big.ids).toEqual(small.ids);
});

test('filters by level and site', async () => {
  const counties = dataOf(
    await graphqlRequest<LatestPage>(cluster.gatewayUrl, LATEST, {
      first: 100,
      levels: ['COUNTY'],
    }),
  );
  expect(counties.latest.edges.length).toBeGreaterThan(0);
  expect(counties.latest.edges.every((e) => e.node.level === 'COUNTY')).toBe(true);
  const siteId = await firstSiteId('COUNTY');
  const site = dataOf(
    await graphqlRequest<LatestPage>(cluster.gatewayUrl, LATEST, { first: 100, siteId }),
  );
  expect(site.latest.totalCount).toBeGreaterThan(0);
  const names = new Set(site.latest.edges.map((e) => e.node.site.name));
  expect(names.size).toBe(1);
});

test.each([
  [{ first: 101 }, 'first'],
  [{ first: 0 }, 'first'],
  [{ after: 'not-a-cursor' }, 'after'],
  [{ after: Buffer.from('{"k":"latest","p":"x","i":1}').toString('base64url') }, 'after'],
  [{ siteId: '9999999999' }, 'siteId'],
])('bad input %j is a BAD_USER_INPUT naming %s', async (variables, field) => {
  const r = await graphqlRequest(cluster.gatewayUrl, LATEST, variables);
  expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(r.errors?.[0]?.extensions?.field).toBe(field);
  expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|at .*\.js:\d+/);
});

async function firstSiteId(level: string): Promise<string> {
  const r = dataOf(
    await graphqlRequest<{ sites: { id: string; kind: string }[] }>(
      cluster.gatewayUrl,
      'query($level: Level) { sites(level: $level) { id kind } }',
      { level },
    ),
  );
  const portal = r.sites.find((s) => s.kind === 'PORTAL');
  if (!portal) throw new Error(`no ${level} portal in the demo cluster`);
  return portal.id;
}
