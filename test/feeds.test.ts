import { parseFeed } from '@rowanmanning/feed-parser';
import type { NoticeDoc, RepostDoc } from '../core/model';
import { jsonFeed11Problems } from '../gateway/feeds/__tests__/jsonFeed11Problems';
import { pythonFeedparser } from '../gateway/feeds/__tests__/pythonFeedparser';
import { dataOf, eventually, graphqlRequest } from './support/graphqlRequest';
import type { RunningCluster } from './support/startCluster';
import { startCluster } from './support/startCluster';
import { LevelDatabases, waitForSyndication } from './support/syndication';
import { publishThroughReview, siteStaff } from './support/workflow';

/*
 * Feeds (issue 5) served by the real gateway over the real subgraphs: every
 * format read by independent clients (Debian's python3-feedparser without
 * bozo errors, @rowanmanning/feed-parser, the JSON Feed 1.1 fields), 304s,
 * walking back through a site's whole history by the `next` links, reposts
 * with their source, and the scoped feeds (column, level in a region, q).
 */

const SHENYANG = '2101000001';
const FAKU = '2101240002';
let cluster: RunningCluster;
let dbs: LevelDatabases;
let base: string;

beforeAll(async () => {
  cluster = await startCluster();
  dbs = new LevelDatabases(cluster);
  base = cluster.gatewayUrl.replace(/\/graphql$/, '');
  // The demo rules copy 法库县's 政策文件 to 沈阳市: wait for the copies.
  await waitForSyndication(cluster, dbs, 240_000);
}, 420_000);

afterAll(async () => {
  await dbs?.close();
  await cluster?.stop();
});

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, { headers });
  return { res, body: await res.text() };
}

/** The notice (or copy) id in an item's tag URI. */
function noticeIdOf(itemId: string): string {
  return decodeURIComponent(itemId.replace(/^tag:govhub,\d{4}:notice\//, ''));
}

/** Follows `next` links from `path`; returns every item id in order. */
async function walk(path: string): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let next: string | null = `${base}${path}`;
  let pages = 0;
  while (next && pages < 200) {
    const res = await fetch(next);
    expect(res.status).toBe(200);
    const feed = JSON.parse(await res.text()) as {
      items: { id: string }[];
      next_url?: string;
    };
    ids.push(...feed.items.map((i) => noticeIdOf(i.id)));
    next = feed.next_url ?? null;
    pages += 1;
  }
  return { ids, pages };
}

test.each(['rss', 'atom'])(
  '%s: valid for python3-feedparser and @rowanmanning/feed-parser',
  async (ext) => {
    const { res, body } = await get(`/feeds/sites/${SHENYANG}.${ext}?limit=30`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(ext === 'rss' ? 'rss+xml' : 'atom+xml');
    const parsed = pythonFeedparser(body);
    expect(parsed.bozo).toBeFalsy();
    expect(parsed.entries.length).toBe(30);
    expect(parsed.feed.title).toContain('沈阳市人民政府');
    for (const entry of parsed.entries) {
      expect(entry.title).toBeTruthy();
      expect(entry.link).toMatch(/^https?:\/\//);
      expect(entry.published).toEqual(expect.any(Number));
    }
    // Copies of 法库县's notices carry their source.
    const reposted = parsed.entries.filter((e) => (e.summary ?? '').includes('来源'));
    expect(reposted.length).toBeGreaterThan(0);
    const npm = parseFeed(body);
    expect(npm.items.map((i) => i.title)).toEqual(parsed.entries.map((e) => e.title));
  },
);

test('json: JSON Feed 1.1 with 文号, issuer and the source of reposts', async () => {
  const { res, body } = await get(`/feeds/sites/${SHENYANG}.json?limit=50`);
  expect(res.headers.get('content-type')).toContain('application/feed+json');
  expect(jsonFeed11Problems(body)).toEqual([]);
  const feed = JSON.parse(body) as {
    version: string;
    items: { id: string; _govhub: { docNumber: string | null; source: unknown } }[];
  };
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.items.some((i) => i._govhub.docNumber)).toBe(true);
  expect(feed.items.some((i) => i._govhub.source)).toBe(true);
});

test('conditional GET: 304 for the ETag and for Last-Modified, 200 once something changed', async () => {
  const path = `/feeds/sites/${FAKU}.atom?limit=5`;
  const first = await get(path);
  const etag = first.res.headers.get('etag') ?? '';
  const lastModified = first.res.headers.get('last-modified') ?? '';
  expect(etag).not.toBe('');
  expect((await get(path, { 'if-none-match': etag })).res.status).toBe(304);
  expect((await get(path, { 'if-modified-since': lastModified })).res.status).toBe(304);
  expect((await get(path, { 'if-none-match': '"other"' })).res.status).toBe(200);
});

test('walking back through a site’s history by the next links: every notice and published copy once', async () => {
  const city = await dbs.db('CITY');
  const own = await city
    .collection<NoticeDoc>('notices')
    .find({ siteId: SHENYANG, status: { $in: ['PUBLISHED', 'REPEALED'] } })
    .toArray();
  const copies = await city
    .collection<RepostDoc>('reposts')
    .find({ siteId: SHENYANG, status: 'PUBLISHED' })
    .toArray();
  const { ids, pages } = await walk(`/feeds/sites/${SHENYANG}.json?limit=7`);
  expect(pages).toBeGreaterThan(2);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(ids)).toEqual(new Set([...own.map((n) => n._id), ...copies.map((c) => c._id)]));
}, 120_000);

test('scoped feeds: a column, the counties of a region, a search', async () => {
  const sites = dataOf(
    await graphqlRequest<{ site: { columns: { id: string; name: string }[] } }>(
      cluster.gatewayUrl,
      `query($id: ID!) { site(id: $id) { columns { id name } } }`,
      { id: FAKU },
    ),
  );
  const column = sites.site.columns[0];
  const inColumn = await walk(`/feeds/sites/${FAKU}.json?column=${column.id}&limit=50`);
  const stored = await (await dbs.db('COUNTY')).collection<NoticeDoc>('notices').countDocuments({
    siteId: FAKU,
    columnId: column.id,
    status: { $in: ['PUBLISHED', 'REPEALED'] },
  });
  expect(inColumn.ids.length).toBe(stored);

  const counties = JSON.parse(
    (await get(`/feeds/sites/${SHENYANG}.json?level=county&limit=100`)).body,
  ) as { items: { id: string }[] };
  expect(counties.items.length).toBeGreaterThan(0);
  expect(counties.items.every((i) => noticeIdOf(i.id).startsWith('county:'))).toBe(true);

  const searched = JSON.parse(
    (await get(`/feeds/sites/${FAKU}.json?q=${encodeURIComponent('通知')}`)).body,
  ) as { title: string; items: { title: string }[] };
  expect(searched.title).toContain('通知');
  expect(searched.items.length).toBeGreaterThan(0);
});

test.each([
  ['/feeds/sites/2101000001.rss?limit=0', 400, 'limit'],
  ['/feeds/sites/2101000001.rss?level=town', 400, 'level'],
  ['/feeds/sites/2101000001.rss?before=bm90LWEtY3Vyc29y', 400, 'before'],
  ['/feeds/sites/2101240002.rss?region=3607', 400, 'region'],
  ['/feeds/sites/2101000001.rss?nonsense=1', 400, 'nonsense'],
  ['/feeds/sites/9999999999.rss', 404, ''],
  ['/feeds/sites/2101000001.rss?column=nope', 404, ''],
  ['/feeds/sites/2101000001.xml', 404, ''],
])('%s → %i', async (path, status, parameter) => {
  const { res, body } = await get(path);
  expect(res.status).toBe(status);
  if (parameter) expect(body).toContain(`"parameter":"${parameter}"`);
});

test('a publication shows at the top of the site feed, with a new ETag', async () => {
  const path = `/feeds/sites/${FAKU}.json?limit=3`;
  const before = await get(path);
  const created = dataOf(
    await graphqlRequest<{ createNotice: { id: string } }>(
      cluster.gatewayUrl,
      `mutation($siteId: ID!, $input: NoticeInput!) { createNotice(siteId: $siteId, input: $input) { id } }`,
      { siteId: FAKU, input: { title: '关于订阅源测试的通知', body: '<p>订阅源测试正文。</p>' } },
      siteStaff(FAKU).editor,
    ),
  ).createNotice;
  await publishThroughReview(cluster.gatewayUrl, created.id, FAKU);
  const after = await eventually(async () => {
    const now = await get(path, { 'if-none-match': before.res.headers.get('etag') ?? '' });
    return now.res.status === 200 ? now : undefined;
  }, 10_000);
  const feed = JSON.parse(after.body) as { items: { id: string; title: string }[] };
  expect(feed.items[0]).toMatchObject({ title: '关于订阅源测试的通知' });
  expect(noticeIdOf(feed.items[0].id)).toBe(created.id);
}, 60_000);
