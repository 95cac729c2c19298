import { feedLinks, feedSelfUrl } from '../feedLinks';

/** `host`: the Host header; null for none. */
function request(originalUrl: string, host: string | null = '127.0.0.1:4000') {
  return {
    originalUrl,
    protocol: 'http',
    get: ((name: string) =>
      name.toLowerCase() === 'host' ? (host ?? undefined) : undefined) as never,
  };
}

describe('feedSelfUrl', () => {
  it('is the URL as requested, on the Host header', () => {
    expect(feedSelfUrl(request('/feeds/sites/s.rss?q=%E9%80%9A%E7%9F%A5&limit=5'), undefined)).toBe(
      'http://127.0.0.1:4000/feeds/sites/s.rss?q=%E9%80%9A%E7%9F%A5&limit=5',
    );
    expect(feedSelfUrl(request('/feeds/sites/s.rss', null), undefined)).toBe(
      'http://localhost/feeds/sites/s.rss',
    );
  });

  it('is on publicBaseUrl, with its path prefix, when set', () => {
    const base = new URL('https://hub.example.gov.cn/api/');
    expect(feedSelfUrl(request('/feeds/sites/s.json?limit=5'), base)).toBe(
      'https://hub.example.gov.cn/api/feeds/sites/s.json?limit=5',
    );
    expect(feedSelfUrl(request('/feeds/sites/s.json'), new URL('https://hub.example.gov.cn'))).toBe(
      'https://hub.example.gov.cn/feeds/sites/s.json',
    );
  });
});

describe('feedLinks', () => {
  const self = 'https://hub.example.gov.cn/feeds/sites/s.atom?column=zcwj&before=MTA&limit=5';

  it('points first at the page without before, and next at before=<nextBefore>', () => {
    expect(feedLinks(self, 'MjA')).toEqual({
      self,
      first: 'https://hub.example.gov.cn/feeds/sites/s.atom?column=zcwj&limit=5',
      next: 'https://hub.example.gov.cn/feeds/sites/s.atom?column=zcwj&before=MjA&limit=5',
    });
  });

  it('has no next on the last page', () => {
    expect(feedLinks(self, null).next).toBeNull();
  });

  it('has no query left when before was the only parameter', () => {
    expect(feedLinks('http://h/feeds/sites/s.rss?before=MTA', 'MjA')).toEqual({
      self: 'http://h/feeds/sites/s.rss?before=MTA',
      first: 'http://h/feeds/sites/s.rss',
      next: 'http://h/feeds/sites/s.rss?before=MjA',
    });
  });
});
