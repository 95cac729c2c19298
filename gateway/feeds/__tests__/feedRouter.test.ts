import type { FeedFormat } from '../FeedSource';
import type { FakeSite } from './fakeFeedSource';
import { FakeFeedSource, buildFeedItem, fakeHistory } from './fakeFeedSource';
import type { FeedTestServer } from './feedTestServer';
import { startFeedTestServer } from './feedTestServer';
import { pythonFeedparser } from './pythonFeedparser';

const FORMATS: FeedFormat[] = ['rss', 'atom', 'json'];

function fakeSites(): FakeSite[] {
  return [
    {
      id: '2101240002',
      name: '法库县人民政府',
      url: 'https://www.faku.gov.cn/',
      columns: { zcwj: '政策文件', tzgg: '通知公告' },
      notices: [
        ...fakeHistory(23),
        {
          ...buildFeedItem({
            id: 'tz-1',
            title: '停水通知',
            publishedAt: new Date('2025-06-01T00:00:00Z'),
          }),
          columnId: 'tzgg',
        },
      ],
    },
  ];
}

let source: FakeFeedSource;
let server: FeedTestServer;
let feeds: string;

beforeEach(async () => {
  source = new FakeFeedSource(fakeSites());
  server = await startFeedTestServer(source);
  feeds = `${server.url}/feeds/sites`;
});

afterEach(() => server.close());

async function errorsOf(response: Response): Promise<unknown[]> {
  const body = (await response.json()) as { errors: unknown[] };
  return body.errors;
}

describe('feedRouter', () => {
  it.each([
    ['rss', 'application/rss+xml; charset=utf-8'],
    ['atom', 'application/atom+xml; charset=utf-8'],
    ['json', 'application/feed+json; charset=utf-8'],
  ])('serves %s as %s, publicly cacheable', async (format, contentType) => {
    const response = await fetch(`${feeds}/2101240002.${format}?column=zcwj&limit=5`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    // The newest of the page: notice 23, updated an hour after its publication.
    expect(response.headers.get('last-modified')).toBe('Sat, 31 Jan 2026 02:00:00 GMT');
    const body = await response.text();
    expect(body).toContain('第23号通知');
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
  });

  it('hands the parsed request to the source', async () => {
    const query = 'column=zcwj&region=2101&level=county&q=%E9%80%9A%E7%9F%A5&limit=7';
    expect((await fetch(`${feeds}/2101240002.atom?${query}`)).status).toBe(200);
    expect(source.requests).toEqual([
      {
        siteId: '2101240002',
        format: 'atom',
        columnId: 'zcwj',
        regionCode: '2101',
        level: 'COUNTY',
        query: '通知',
        before: null,
        limit: 7,
      },
    ]);
  });

  describe('conditional GET', () => {
    const url = () => `${feeds}/2101240002.rss?limit=5`;
    async function validators(): Promise<{ etag: string; lastModified: string }> {
      const response = await fetch(url());
      await response.arrayBuffer();
      return {
        etag: response.headers.get('etag') ?? '',
        lastModified: response.headers.get('last-modified') ?? '',
      };
    }
    async function statusWith(headers: Record<string, string>, method = 'GET'): Promise<number> {
      const response = await fetch(url(), { headers, method });
      const body = await response.text();
      if (response.status === 304) {
        expect(body).toBe('');
        expect(response.headers.get('etag')).not.toBeNull();
        expect(response.headers.get('cache-control')).toBe('public, max-age=60');
      }
      return response.status;
    }

    it('answers 304 to a matching If-None-Match: exact, in a list, weak, or *', async () => {
      const { etag } = await validators();
      expect(await statusWith({ 'if-none-match': etag })).toBe(304);
      expect(await statusWith({ 'if-none-match': `"other", ${etag}` })).toBe(304);
      expect(await statusWith({ 'if-none-match': `W/${etag}` })).toBe(304);
      expect(await statusWith({ 'if-none-match': '*' })).toBe(304);
      expect(await statusWith({ 'if-none-match': '"other"' })).toBe(200);
      expect(await statusWith({ 'if-none-match': etag }, 'HEAD')).toBe(304);
    });

    it('answers 304 when not modified since', async () => {
      const { lastModified } = await validators();
      const later = new Date(Date.parse(lastModified) + 1000).toUTCString();
      const earlier = new Date(Date.parse(lastModified) - 1000).toUTCString();
      expect(await statusWith({ 'if-modified-since': lastModified })).toBe(304);
      expect(await statusWith({ 'if-modified-since': later })).toBe(304);
      expect(await statusWith({ 'if-modified-since': earlier })).toBe(200);
      expect(await statusWith({ 'if-modified-since': 'yesterday' })).toBe(200);
    });

    it('lets If-None-Match win over If-Modified-Since', async () => {
      const { etag, lastModified } = await validators();
      const earlier = new Date(Date.parse(lastModified) - 1000).toUTCString();
      expect(
        await statusWith({ 'if-none-match': '"other"', 'if-modified-since': lastModified }),
      ).toBe(200);
      expect(await statusWith({ 'if-none-match': etag, 'if-modified-since': earlier })).toBe(304);
    });

    it('answers 304 whatever Cache-Control says (fetch() sends no-cache with conditional headers)', async () => {
      const { etag } = await validators();
      expect(await statusWith({ 'if-none-match': etag, 'cache-control': 'no-cache' })).toBe(304);
    });

    it('gives every format, page and parameter its own ETag', async () => {
      const etagOf = async (path: string) => (await fetch(`${feeds}/${path}`)).headers.get('etag');
      const etags = await Promise.all([
        etagOf('2101240002.rss?limit=5'),
        etagOf('2101240002.atom?limit=5'),
        etagOf('2101240002.json?limit=5'),
        etagOf('2101240002.rss?limit=6'),
        etagOf('2101240002.rss?limit=5&before=NQ'),
        etagOf('2101240002.rss?limit=5&column=zcwj'),
      ]);
      expect(new Set(etags).size).toBe(etags.length);
      expect(await etagOf('2101240002.rss?limit=5')).toBe(etags[0]);
    });

    it('changes the ETag when an item or the site changes', async () => {
      const { etag, lastModified } = await validators();
      const [site] = source.sites;
      if (!site) throw new Error('no site');
      site.name = '法库县人民政府（新）';
      const renamed = await validators();
      expect(renamed.etag).not.toBe(etag);
      expect(renamed.lastModified).toBe(lastModified);
      const [newest] = site.notices;
      if (!newest) throw new Error('no notice');
      newest.updatedAt = new Date('2026-02-01T00:00:00Z');
      const updated = await validators();
      expect(updated.etag).not.toBe(renamed.etag);
      expect(updated.lastModified).toBe('Sun, 01 Feb 2026 00:00:00 GMT');
    });
  });

  it.each(FORMATS)('answers HEAD for %s with the headers of GET and no body', async (format) => {
    const url = `${feeds}/2101240002.${format}?limit=5`;
    const get = await fetch(url);
    const getBody = await get.text();
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    for (const header of ['content-type', 'etag', 'last-modified', 'cache-control', 'vary']) {
      expect(head.headers.get(header)).toBe(get.headers.get(header));
    }
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(getBody)));
  });

  it.each(FORMATS)(
    'walks the whole history of %s by its next links, without gaps or repeats',
    async (format) => {
      const ids: string[] = [];
      const start = `${feeds}/2101240002.${format}?column=zcwj&limit=5`;
      let url: string | null = start;
      let pages = 0;
      while (url !== null && pages < 10) {
        pages += 1;
        const response = await fetch(url);
        expect(response.status).toBe(200);
        const body = await response.text();
        const page = readPage(format, body);
        expect(page.self).toBe(url);
        expect(page.first).toBe(start);
        ids.push(...page.ids);
        url = page.next;
      }
      expect(pages).toBe(5);
      expect(ids).toEqual(
        Array.from(
          { length: 23 },
          (_, index) => `tag:govhub,2026:notice/notice-${String(23 - index).padStart(4, '0')}`,
        ),
      );
    },
  );

  it('keeps the other parameters, as given, in the next link', async () => {
    const body = await (
      await fetch(`${feeds}/2101240002.json?limit=2&level=City&q=%E9%80%9A%E7%9F%A5`)
    ).text();
    const { next_url: next } = JSON.parse(body) as { next_url: string };
    expect(next).toBe(`${feeds}/2101240002.json?limit=2&level=City&q=%E9%80%9A%E7%9F%A5&before=Mg`);
  });

  it('builds the links on publicBaseUrl when set', async () => {
    const proxied = await startFeedTestServer(source, {
      publicBaseUrl: 'https://hub.example.gov.cn/api/',
    });
    try {
      const body = await (
        await fetch(`${proxied.url}/feeds/sites/2101240002.json?limit=20`)
      ).text();
      expect(JSON.parse(body)).toMatchObject({
        feed_url: 'https://hub.example.gov.cn/api/feeds/sites/2101240002.json?limit=20',
        next_url: 'https://hub.example.gov.cn/api/feeds/sites/2101240002.json?limit=20&before=MjA',
      });
    } finally {
      await proxied.close();
    }
  });

  it('refuses a publicBaseUrl that is not an http(s) URL', async () => {
    await expect(
      startFeedTestServer(source, { publicBaseUrl: 'hub.example.gov.cn' }),
    ).rejects.toThrow(/publicBaseUrl/);
    await expect(
      startFeedTestServer(source, { publicBaseUrl: 'https://hub.example.gov.cn/?x=1' }),
    ).rejects.toThrow(/publicBaseUrl/);
  });

  describe('errors', () => {
    it.each([
      ['column', 'column='],
      ['region', 'region=123'],
      ['level', 'level=village'],
      ['q', `q=${'安'.repeat(201)}`],
      ['before', 'before=a.b'],
      ['limit', 'limit=1001'],
      ['page', 'page=2'],
      ['limit', 'limit=5&limit=6'],
    ])('answers 400 BAD_USER_INPUT naming the bad parameter %s', async (parameter, query) => {
      const response = await fetch(`${feeds}/2101240002.rss?${query}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await errorsOf(response)).toEqual([
        {
          message: expect.stringContaining(parameter),
          extensions: { code: 'BAD_USER_INPUT', parameter },
        },
      ]);
      expect(source.requests).toEqual([]);
    });

    it('lists every bad parameter', async () => {
      const response = await fetch(`${feeds}/2101240002.json?limit=0&region=x&foo=1`);
      expect(response.status).toBe(400);
      const errors = (await errorsOf(response)) as { extensions: { parameter: string } }[];
      expect(errors.map((error) => error.extensions.parameter)).toEqual(['limit', 'region', 'foo']);
    });

    it.each([
      '2101240002.xml',
      '2101240002',
      '2101240002.RSS',
      '2101240002.rss.bak',
      '%E7%BD%91%E7%AB%99.rss',
      '2101240002.rss/extra',
    ])('answers 404 for the path %s', async (path) => {
      const response = await fetch(`${feeds}/${path}`);
      expect(response.status).toBe(404);
      expect(await errorsOf(response)).toEqual([
        { message: expect.any(String), extensions: { code: 'NOT_FOUND' } },
      ]);
      expect(source.requests).toEqual([]);
    });

    it('answers 404 for a site or column the source does not know', async () => {
      for (const path of ['9999999999.rss', '2101240002.atom?column=nope']) {
        const response = await fetch(`${feeds}/${path}`);
        expect(response.status).toBe(404);
        expect(response.headers.get('cache-control')).toBe('no-store');
        expect(await errorsOf(response)).toEqual([
          { message: 'No such site or column', extensions: { code: 'NOT_FOUND' } },
        ]);
      }
      expect(source.requests).toHaveLength(2);
    });

    it('answers 404 to other methods and paths', async () => {
      expect((await fetch(`${feeds}/2101240002.rss`, { method: 'POST' })).status).toBe(404);
      expect((await fetch(`${server.url}/feeds/2101240002.rss`)).status).toBe(404);
    });

    it('answers 503 FEED_UNAVAILABLE when the source fails, logging the cause and showing none', async () => {
      source.failure = new Error('connect ECONNREFUSED mongodb://user:secret@10.0.0.1');
      const response = await fetch(`${feeds}/2101240002.rss`);
      expect(response.status).toBe(503);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const text = await response.text();
      expect(text).not.toContain('secret');
      expect(text).not.toContain('ECONNREFUSED');
      expect(JSON.parse(text)).toEqual({
        errors: [{ message: expect.any(String), extensions: { code: 'FEED_UNAVAILABLE' } }],
      });
      expect(server.logged()).toContainEqual(
        expect.objectContaining({
          msg: 'feed source failed',
          level: 50,
          err: expect.objectContaining({ message: expect.stringContaining('ECONNREFUSED') }),
          feed: expect.objectContaining({ siteId: '2101240002', format: 'rss' }),
        }),
      );
    });

    it('masks a failure to render as a 500', async () => {
      const [site] = source.sites;
      if (!site) throw new Error('no site');
      site.url = 'not a url';
      const response = await fetch(`${feeds}/2101240002.atom`);
      expect(response.status).toBe(500);
      expect(await errorsOf(response)).toEqual([
        { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
      expect(server.logged()).toContainEqual(
        expect.objectContaining({ msg: 'http error', level: 50 }),
      );
    });
  });
});

/** One page of a feed as its readers see it: item ids and RFC 5005 links (feedparser's for XML). */
function readPage(
  format: FeedFormat,
  body: string,
): { ids: string[]; self: string | null; first: string | null; next: string | null } {
  if (format === 'json') {
    const feed = JSON.parse(body) as {
      feed_url: string;
      next_url?: string;
      items: { id: string }[];
    };
    const first = new URL(feed.feed_url);
    first.searchParams.delete('before');
    return {
      ids: feed.items.map((item) => item.id),
      self: feed.feed_url,
      first: first.href,
      next: feed.next_url ?? null,
    };
  }
  const parsed = pythonFeedparser(body);
  expect(parsed.bozoException).toBe('');
  const link = (rel: string) =>
    parsed.feed.links.find((candidate) => candidate.rel === rel)?.href ?? null;
  return {
    ids: parsed.entries.map((entry) => entry.id ?? ''),
    self: link('self'),
    first: link('first'),
    next: link('next'),
  };
}
