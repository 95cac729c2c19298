import type { ParsedFeedRequest } from '../parseFeedRequest';
import { parseFeedRequest } from '../parseFeedRequest';

function parse(file: string, query = ''): ParsedFeedRequest {
  return parseFeedRequest({
    params: { file },
    originalUrl: `/feeds/sites/${file}${query ? `?${query}` : ''}`,
  });
}

/** The one error of a 400, as [parameter, message]. */
function badParameter(file: string, query: string): [string, string] {
  const parsed = parse(file, query);
  if (parsed.ok || parsed.status !== 400) throw new Error(`not a 400: ${JSON.stringify(parsed)}`);
  expect(parsed.errors).toHaveLength(1);
  const [error] = parsed.errors;
  return error ? [error.parameter, error.message] : ['', ''];
}

describe('parseFeedRequest', () => {
  it('takes the site and format from the path, with the defaults', () => {
    expect(parse('2101240002.rss')).toEqual({
      ok: true,
      request: {
        siteId: '2101240002',
        format: 'rss',
        columnId: null,
        regionCode: null,
        level: null,
        query: null,
        before: null,
        limit: 50,
      },
    });
    expect(parse('2101240002-3.atom')).toMatchObject({
      ok: true,
      request: { siteId: '2101240002-3', format: 'atom' },
    });
    expect(parse('s1.json')).toMatchObject({ ok: true, request: { siteId: 's1', format: 'json' } });
  });

  it('reads every parameter, decoded', () => {
    const query =
      'column=%E6%A0%8F%E7%9B%AE&region=2101&level=City&q=%E5%AE%89%E5%85%A8+%E7%94%9F%E4%BA%A7&before=MTA_-x&limit=1000';
    expect(parse('2101240002.json', query)).toEqual({
      ok: true,
      request: {
        siteId: '2101240002',
        format: 'json',
        columnId: '栏目',
        regionCode: '2101',
        level: 'CITY',
        query: '安全 生产',
        before: 'MTA_-x',
        limit: 1000,
      },
    });
  });

  it.each(['21', '2101', '210124'])(
    'takes a region code prefix of 2, 4 or 6 digits: %s',
    (region) => {
      expect(parse('s.rss', `region=${region}`)).toMatchObject({ request: { regionCode: region } });
    },
  );

  it.each([
    ['county', 'COUNTY'],
    ['CITY', 'CITY'],
    ['Province', 'PROVINCE'],
  ])('takes the level in any case: %s', (level, expected) => {
    expect(parse('s.rss', `level=${level}`)).toMatchObject({ request: { level: expected } });
  });

  it('treats an empty or blank search as none, and trims it', () => {
    expect(parse('s.rss', 'q=')).toMatchObject({ request: { query: null } });
    expect(parse('s.rss', 'q=+++')).toMatchObject({ request: { query: null } });
    expect(parse('s.rss', 'q=+%E9%80%9A%E7%9F%A5+')).toMatchObject({ request: { query: '通知' } });
    expect(parse('s.rss', `q=${'通'.repeat(200)}`)).toMatchObject({
      request: { query: '通'.repeat(200) },
    });
  });

  it.each([
    ['column', 'empty', 'column='],
    ['column', '101 characters', `column=${'x'.repeat(101)}`],
    ['column', 'a control character', 'column=a%0Ab'],
    ['region', '3 digits', 'region=210'],
    ['region', '7 digits', 'region=2101240'],
    ['region', 'a letter', 'region=21a1'],
    ['region', 'empty', 'region='],
    ['level', 'town', 'level=town'],
    ['level', 'empty', 'level='],
    ['q', '201 characters', `q=${'通'.repeat(201)}`],
    ['q', 'a NUL', 'q=a%00b'],
    ['before', 'empty', 'before='],
    ['before', 'a +', 'before=a%2Bb'],
    ['before', 'a =', 'before=abc%3D'],
    ['before', '501 characters', `before=${'a'.repeat(501)}`],
    ['limit', '0', 'limit=0'],
    ['limit', '1001', 'limit=1001'],
    ['limit', '-1', 'limit=-1'],
    ['limit', '1e3', 'limit=1e3'],
    ['limit', '5.0', 'limit=5.0'],
    ['limit', 'empty', 'limit='],
    ['limit', 'ten', 'limit=ten'],
  ])('refuses a bad %s: %s', (parameter, _why, query) => {
    const [name, message] = badParameter('s.rss', query);
    expect(name).toBe(parameter);
    expect(message).toMatch(new RegExp(`^${parameter} `));
  });

  it('accepts the limits of every range', () => {
    expect(parse('s.rss', 'limit=1')).toMatchObject({ request: { limit: 1 } });
    expect(parse('s.rss', `before=${'a'.repeat(500)}`)).toMatchObject({ ok: true });
    expect(parse('s.rss', `column=${'栏'.repeat(100)}`)).toMatchObject({ ok: true });
  });

  it('refuses unknown parameters, naming them and the known ones', () => {
    const [name, message] = badParameter('s.rss', 'page=2');
    expect(name).toBe('page');
    expect(message).toBe(
      'unknown parameter "page"; a feed takes column, region, level, q, before, limit',
    );
    expect(badParameter('s.rss', 'Limit=5')[0]).toBe('Limit');
    expect(badParameter('s.rss', 'constructor=1')[0]).toBe('constructor');
  });

  it('refuses a parameter given more than once', () => {
    expect(badParameter('s.rss', 'limit=5&limit=5&limit=6')).toEqual([
      'limit',
      'limit is given more than once',
    ]);
  });

  it('lists every bad parameter at once', () => {
    const parsed = parse('s.rss', 'limit=0&level=x&foo=1&column=zcwj');
    expect(parsed).toEqual({
      ok: false,
      status: 400,
      errors: [
        { parameter: 'limit', message: expect.any(String) },
        { parameter: 'level', message: expect.any(String) },
        { parameter: 'foo', message: expect.any(String) },
      ],
    });
  });

  it.each([
    '2101240002.xml',
    '2101240002.RSS',
    '2101240002',
    '2101240002.rss.json.bak',
    '.rss',
    'a b.rss',
    '../x.rss',
    `${'1'.repeat(65)}.rss`,
    '2101240002.constructor',
  ])('is not found for %s', (file) => {
    expect(parse(file)).toEqual({ ok: false, status: 404 });
  });

  it('checks the path before the query', () => {
    expect(parse('x.xml', 'limit=0')).toEqual({ ok: false, status: 404 });
  });
});
