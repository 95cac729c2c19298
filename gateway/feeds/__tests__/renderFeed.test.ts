import { parseFeed } from '@rowanmanning/feed-parser';
import { decodeHTML } from 'entities';
import type { FeedFormat, FeedItem, FeedPage, FeedRequest } from '../FeedSource';
import { renderFeed } from '../renderFeed';
import { buildFeedItem } from './fakeFeedSource';
import { jsonFeed11Problems } from './jsonFeed11Problems';
import { pythonFeedparser } from './pythonFeedparser';

const SELF = 'https://hub.example.gov.cn/feeds/sites/2101240002';

function requestFor(format: FeedFormat, overrides: Partial<FeedRequest> = {}): FeedRequest {
  return {
    siteId: '2101240002',
    format,
    columnId: 'zcwj',
    regionCode: null,
    level: null,
    query: null,
    before: null,
    limit: 50,
    ...overrides,
  };
}

const original = buildFeedItem({
  id: 'n1',
  title: '关于印发《法库县冬季安全生产工作方案》的通知',
  link: 'https://www.faku.gov.cn/zwgk/zcwj/202601/t20260112_1.html',
  publishedAt: new Date('2026-01-12T02:00:00.000Z'),
  updatedAt: new Date('2026-01-12T03:30:00.000Z'),
});
const repost = buildFeedItem({
  id: 'n2',
  title: '辽宁省人民政府关于进一步加强安全生产工作的意见',
  link: '/zwgk/zcwj/202601/t20260110_2.html',
  publishedAt: new Date('2026-01-10T08:00:00.000Z'),
  updatedAt: new Date('2026-01-10T08:00:00.000Z'),
  docNumber: '辽政发〔2026〕3号',
  issuer: '辽宁省人民政府',
  indexNumber: null,
  category: '上级文件',
  summary: '各市人民政府，省政府各厅委、各直属机构：\n现提出如下意见。',
  source: {
    siteName: '辽宁省人民政府',
    link: 'https://www.ln.gov.cn/web/zwgkx/zfwj/szfwj/2026/t1.html?a=1&b=2',
    noticeId: 'ln-1',
  },
});
const repealed = buildFeedItem({
  id: 'n3',
  title: '法库县城市管理办法',
  link: 'https://www.faku.gov.cn/zwgk/zcwj/201801/t20180105_3.html',
  publishedAt: new Date('2018-01-05T00:00:00.000Z'),
  updatedAt: new Date('2026-01-11T06:00:00.000Z'),
  docNumber: '法政发〔2018〕1号',
  status: 'REPEALED',
});

const PAGE: FeedPage = {
  site: { id: '2101240002', name: '法库县人民政府', url: 'https://www.faku.gov.cn/' },
  title: '法库县人民政府 · 政策文件',
  items: [original, repost, repealed],
  nextBefore: 'MTA',
};

const seconds = (date: Date) => date.getTime() / 1000;

function render(format: FeedFormat, page: FeedPage = PAGE): string {
  return renderFeed(page, requestFor(format), `${SELF}.${format}?column=zcwj&limit=3`).body;
}

describe('renderFeed', () => {
  describe.each(['rss', 'atom'] as const)('%s', (format) => {
    const self = `${SELF}.${format}?column=zcwj&limit=3`;

    it('is well-formed and complete for feedparser', () => {
      const parsed = pythonFeedparser(render(format));
      expect(parsed.bozoException).toBe('');
      expect(parsed.bozo).toBeFalsy();
      expect(parsed.version).toBe(format === 'rss' ? 'rss20' : 'atom10');
      expect(parsed.feed.title).toBe('法库县人民政府 · 政策文件');
      expect(parsed.feed.language).toBe('zh-CN');
      expect(parsed.entries.map((entry) => entry.id)).toEqual([
        'tag:govhub,2026:notice/n1',
        'tag:govhub,2026:notice/n2',
        'tag:govhub,2026:notice/n3',
      ]);
      expect(parsed.entries.map((entry) => entry.link)).toEqual([
        original.link,
        'https://www.faku.gov.cn/zwgk/zcwj/202601/t20260110_2.html',
        repealed.link,
      ]);
      const titles = parsed.entries.map((entry) =>
        entry.titleType === 'text/html' ? decodeHTML(entry.title ?? '') : entry.title,
      );
      expect(titles).toEqual([original.title, repost.title, `【已废止】${repealed.title}`]);
      expect(parsed.entries.map((entry) => [entry.published, entry.updated])).toEqual(
        [original, repost, repealed].map((item) => [
          seconds(item.publishedAt),
          seconds(item.updatedAt),
        ]),
      );
      expect(parsed.entries.map((entry) => entry.tags)).toEqual([
        ['政策文件'],
        ['上级文件'],
        ['政策文件', '已废止'],
      ]);
      expect(parsed.entries.map((entry) => entry.author)).toEqual([
        '法库县人民政府办公室',
        '辽宁省人民政府',
        '法库县人民政府办公室',
      ]);
    });

    it('has RFC 5005 paging links: self as requested, first, next', () => {
      const { links } = pythonFeedparser(render(format)).feed;
      const href = (rel: string) =>
        links.filter((link) => link.rel === rel).map((link) => link.href);
      expect(href('self')).toEqual([self]);
      expect(href('first')).toEqual([self]);
      expect(href('next')).toEqual([`${self}&before=MTA`]);
      expect(href('alternate')).toEqual(['https://www.faku.gov.cn/']);
    });

    it('has no next link on the last page', () => {
      const { links } = pythonFeedparser(render(format, { ...PAGE, nextBefore: null })).feed;
      expect(links.map((link) => link.rel).sort()).toEqual(['alternate', 'first', 'self']);
    });

    it('reads the same with @rowanmanning/feed-parser', () => {
      const feed = parseFeed(render(format));
      expect(feed.meta.type).toBe(format);
      expect(feed.title).toBe('法库县人民政府 · 政策文件');
      expect(feed.language).toBe('zh-CN');
      expect(feed.self).toBe(self);
      expect(feed.url).toBe('https://www.faku.gov.cn/');
      expect(feed.items.map((item) => [item.id, item.title, item.url])).toEqual([
        ['tag:govhub,2026:notice/n1', original.title, original.link],
        [
          'tag:govhub,2026:notice/n2',
          repost.title,
          'https://www.faku.gov.cn/zwgk/zcwj/202601/t20260110_2.html',
        ],
        ['tag:govhub,2026:notice/n3', `【已废止】${repealed.title}`, repealed.link],
      ]);
      expect(feed.items.map((item) => item.published?.toISOString())).toEqual(
        [original, repost, repealed].map((item) => item.publishedAt.toISOString()),
      );
      if (format === 'atom') {
        expect(feed.items.map((item) => item.updated?.toISOString())).toEqual(
          [original, repost, repealed].map((item) => item.updatedAt.toISOString()),
        );
      }
      expect(feed.items.map((item) => item.categories.map((category) => category.term))).toEqual([
        ['政策文件'],
        ['上级文件'],
        ['政策文件', '已废止'],
      ]);
    });

    it('shows 文号, 发布机构, 索引号 and 来源 in the summary', () => {
      const entries = pythonFeedparser(render(format)).entries;
      expect(entries[0]?.summary).toBe(
        '<p>文号：法政办发〔2026〕12号　发布机构：法库县人民政府办公室　索引号：11210124MB1234567X/2026-00012</p>' +
          '<p>各镇政府，县政府各部门：现就做好冬季安全生产工作通知如下。</p>',
      );
      expect(entries[1]?.summary).toBe(
        '<p>文号：辽政发〔2026〕3号　发布机构：辽宁省人民政府</p><p>来源：辽宁省人民政府</p>' +
          '<p>各市人民政府，省政府各厅委、各直属机构：</p><p>现提出如下意见。</p>',
      );
    });

    it('attributes a repost to its original', () => {
      const [, entry] = pythonFeedparser(render(format)).entries;
      if (format === 'rss') {
        expect(entry?.source).toEqual({ href: repost.source?.link, title: '辽宁省人民政府' });
      } else {
        expect(entry?.links).toContainEqual(
          expect.objectContaining({
            rel: 'via',
            href: repost.source?.link,
            title: '辽宁省人民政府',
          }),
        );
      }
    });

    it('carries the metadata in the govhub namespace', () => {
      const body = render(format);
      expect(body).toContain('xmlns:govhub="tag:govhub,2026:feed"');
      expect(body).toContain('<govhub:docNumber>辽政发〔2026〕3号</govhub:docNumber>');
      expect(body).toContain('<govhub:issuer>辽宁省人民政府</govhub:issuer>');
      expect(body).toContain(
        '<govhub:indexNumber>11210124MB1234567X/2026-00012</govhub:indexNumber>',
      );
      expect(body).toContain('<govhub:status>REPEALED</govhub:status>');
      expect(body).toContain(
        '<govhub:source noticeId="ln-1" href="https://www.ln.gov.cn/web/zwgkx/zfwj/szfwj/2026/t1.html?a=1&amp;b=2">辽宁省人民政府</govhub:source>',
      );
    });

    it('escapes XML and HTML in any title, and round-trips Chinese text', () => {
      const title = `</item></entry><规定> & "引号" 'x' ]]> a]]>b &amp; &lt; 𠀀〔2026〕`;
      const page = {
        ...PAGE,
        title: '沈阳市人民政府 & <政策> · 政策文件',
        site: { ...PAGE.site, name: '沈阳市人民政府 "市政府"' },
        items: [
          buildFeedItem({
            title,
            category: '<类>&"别"',
            issuer: '<机构> & ]]>',
            summary: '摘要 <b>不是</b> HTML & ]]> 完 </entry></item>',
          }),
        ],
      };
      const body = render(format, page);
      const parsed = pythonFeedparser(body);
      expect(parsed.bozoException).toBe('');
      const [entry] = parsed.entries;
      expect(entry?.titleType === 'text/html' ? decodeHTML(entry.title ?? '') : entry?.title).toBe(
        title,
      );
      expect(parsed.feed.title).toBe('沈阳市人民政府 & <政策> · 政策文件');
      expect(entry?.tags).toEqual(['<类>&"别"']);
      expect(entry?.author).toBe('<机构> & ]]>');
      expect(entry?.summary).toContain('摘要 &lt;b&gt;不是&lt;/b&gt; HTML &amp; ]]&gt; 完');
      const feed = parseFeed(body);
      // It reads RSS titles as HTML, as many readers do (RSS never said): only entity references
      // written out in a title come out decoded.
      expect(feed.items[0]?.title).toBe(format === 'rss' ? decodeHTML(title) : title);
      expect(feed.items[0]?.categories[0]?.term).toBe('<类>&"别"');
    });

    it('drops the characters XML cannot carry', () => {
      const page = {
        ...PAGE,
        items: [buildFeedItem({ title: 'a\u000bb\u0000c\ud800d\ufffee', summary: 'x\fy' })],
      };
      const parsed = pythonFeedparser(render(format, page));
      expect(parsed.bozoException).toBe('');
      expect(parsed.entries[0]?.title).toBe('abcde');
    });

    it('renders an empty page', () => {
      const body = render(format, { ...PAGE, items: [], nextBefore: null });
      const parsed = pythonFeedparser(body);
      expect(parsed.bozoException).toBe('');
      expect(parsed.entries).toEqual([]);
      expect(render(format, { ...PAGE, items: [], nextBefore: null })).toBe(body);
    });
  });

  describe('json', () => {
    const self = `${SELF}.json?column=zcwj&limit=3`;
    const feed = () =>
      JSON.parse(render('json')) as Record<string, unknown> & { items: Record<string, unknown>[] };

    it('is valid JSON Feed 1.1', () => {
      expect(jsonFeed11Problems(render('json'))).toEqual([]);
      expect(jsonFeed11Problems(render('json', { ...PAGE, items: [], nextBefore: null }))).toEqual(
        [],
      );
    });

    it('has the feed fields, the paging link and zh-CN', () => {
      expect(feed()).toMatchObject({
        version: 'https://jsonfeed.org/version/1.1',
        title: '法库县人民政府 · 政策文件',
        home_page_url: 'https://www.faku.gov.cn/',
        feed_url: self,
        language: 'zh-CN',
        authors: [{ name: '法库县人民政府', url: 'https://www.faku.gov.cn/' }],
        next_url: `${self}&before=MTA`,
      });
      expect(JSON.parse(render('json', { ...PAGE, nextBefore: null }))).not.toHaveProperty(
        'next_url',
      );
    });

    it('has every item with its dates, metadata and attribution', () => {
      const [first, second, third] = feed().items;
      expect(first).toEqual({
        id: 'tag:govhub,2026:notice/n1',
        url: original.link,
        title: original.title,
        content_html: expect.stringContaining('<p>文号：法政办发〔2026〕12号'),
        content_text:
          '文号：法政办发〔2026〕12号　发布机构：法库县人民政府办公室　索引号：11210124MB1234567X/2026-00012\n' +
          '各镇政府，县政府各部门：现就做好冬季安全生产工作通知如下。',
        summary: original.summary,
        date_published: '2026-01-12T02:00:00.000Z',
        date_modified: '2026-01-12T03:30:00.000Z',
        authors: [{ name: '法库县人民政府办公室' }],
        tags: ['政策文件'],
        _govhub: {
          docNumber: '法政办发〔2026〕12号',
          issuer: '法库县人民政府办公室',
          indexNumber: '11210124MB1234567X/2026-00012',
          status: 'PUBLISHED',
          source: null,
        },
      });
      expect(second).toMatchObject({
        url: 'https://www.faku.gov.cn/zwgk/zcwj/202601/t20260110_2.html',
        external_url: repost.source?.link,
        content_text: expect.stringContaining('来源：辽宁省人民政府'),
        _govhub: {
          indexNumber: null,
          source: { siteName: '辽宁省人民政府', link: repost.source?.link, noticeId: 'ln-1' },
        },
      });
      expect(third).toMatchObject({
        title: `【已废止】${repealed.title}`,
        tags: ['政策文件', '已废止'],
        _govhub: { status: 'REPEALED' },
      });
    });

    it('keeps any title as it is', () => {
      const title = `<规定> & "引号" ]]> &amp; 𠀀`;
      const page = { ...PAGE, items: [buildFeedItem({ title })] };
      expect(JSON.parse(render('json', page))).toMatchObject({ items: [{ title }] });
    });
  });

  it('falls back to the site for a link that is not http(s), and drops such a source link', () => {
    const item: FeedItem = buildFeedItem({
      link: 'javascript:alert(1)',
      source: { siteName: '某网站', link: 'not a url', noticeId: 'x' },
    });
    for (const format of ['rss', 'atom'] as const) {
      const parsed = pythonFeedparser(render(format, { ...PAGE, items: [item] }));
      expect(parsed.bozoException).toBe('');
      expect(parsed.entries[0]?.link).toBe('https://www.faku.gov.cn/');
      expect(JSON.stringify(parsed.entries[0])).not.toContain('not a url');
    }
    const json = JSON.parse(render('json', { ...PAGE, items: [item] })) as {
      items: Record<string, unknown>[];
    };
    expect(json.items[0]).toMatchObject({
      url: 'https://www.faku.gov.cn/',
      _govhub: { source: { link: null } },
    });
    expect(json.items[0]).not.toHaveProperty('external_url');
  });

  it('gives each format its content type', () => {
    expect(renderFeed(PAGE, requestFor('rss'), `${SELF}.rss`).contentType).toBe(
      'application/rss+xml; charset=utf-8',
    );
    expect(renderFeed(PAGE, requestFor('atom'), `${SELF}.atom`).contentType).toBe(
      'application/atom+xml; charset=utf-8',
    );
    expect(renderFeed(PAGE, requestFor('json'), `${SELF}.json`).contentType).toBe(
      'application/feed+json; charset=utf-8',
    );
  });

  it('gives every page of a feed and filter the same Atom id', () => {
    const id = (request: FeedRequest) =>
      pythonFeedparser(renderFeed(PAGE, request, `${SELF}.atom`).body).feed.id;
    expect(id(requestFor('atom', { before: 'MTA', limit: 3 }))).toBe(id(requestFor('atom')));
    expect(id(requestFor('atom'))).toBe('tag:govhub,2026:feeds/sites/2101240002?column=zcwj');
    expect(id(requestFor('atom', { columnId: null, query: '安全' }))).toBe(
      'tag:govhub,2026:feeds/sites/2101240002?q=%E5%AE%89%E5%85%A8',
    );
  });
});
