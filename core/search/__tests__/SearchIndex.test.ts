import { BadUserInputError, ErrorCode } from '../../errors';
import { SearchIndex } from '../SearchIndex';
import type { SearchDocument } from '../searchDocument';
import type { SearchPage } from '../searchPage';
import type { SearchRequest } from '../searchRequest';
import { demoNotices, searchDocument, searchRequest } from './fixtures';

function ids(page: SearchPage): string[] {
  return page.hits.map((hit) => hit.id);
}

function inputError(call: () => unknown): BadUserInputError {
  try {
    call();
  } catch (error) {
    if (error instanceof BadUserInputError) return error;
    throw error;
  }
  throw new Error('expected a BadUserInputError');
}

/** Every page of a search, following endCursor. */
function allPages(index: SearchIndex, request: SearchRequest): SearchPage[] {
  const pages: SearchPage[] = [];
  let after: string | null = null;
  for (;;) {
    const page = index.search({ ...request, after });
    pages.push(page);
    if (!page.hasNextPage) return pages;
    after = page.endCursor;
  }
}

describe('SearchIndex with the demo notices', () => {
  const index = new SearchIndex();
  for (const notice of demoNotices().values()) index.upsert(notice);

  it('finds the traditional 鞍山 notice with a simplified query', () => {
    const page = index.search(searchRequest('政府网站 实施意见'));
    expect(ids(page)[0]).toBe('city:anshan-city-2015-0605');
    expect(page.hits[0].highlights[0]).toEqual({
      field: 'title',
      snippet:
        '鞍山市人民<em>政府</em>辦公廳關於加強<em>政府網站</em>信息內容建設的<em>實施意見</em>',
    });
  });

  it('finds simplified notices with a traditional query', () => {
    const page = index.search(searchRequest('政務公開'));
    expect(ids(page)).toContain('county:xunwu-county-2020-0228');
    expect(page.hits[0].highlights.find((h) => h.field === 'title')?.snippet).toBe(
      '寻乌县政府办关于规范全县<em>政务公开</em>相关工作的通知',
    );
  });

  it.each([
    '辽政办发〔2015〕13号',
    '遼政辦發〔2015〕13號',
    '辽政办发[2015]13号',
    '辽政办发［２０１５］１３号',
    '辽政办发(2015)13号',
    '辽政办发（2015）13号',
    '辽政办发【2015】13号',
    '辽政办发〖2015〗13号',
    '辽政办发﹝2015﹞13号',
    '根据辽政办发〔2015〕13号',
  ])('matches the 文号 cited by the 鞍山 notice written %s', (query) => {
    const page = index.search(searchRequest(query));
    expect(ids(page)).toEqual(['city:anshan-city-2015-0605']);
    expect(page.hits[0].highlights).toEqual([
      expect.objectContaining({
        field: 'text',
        snippet: expect.stringContaining('<em>遼政辦發〔2015〕13號</em>'),
      }),
    ]);
  });

  it('does not match a 文号 with another serial or year', () => {
    expect(index.search(searchRequest('辽政办发〔2015〕12号')).totalCount).toBe(0);
    expect(index.search(searchRequest('辽政办发〔2016〕13号')).totalCount).toBe(0);
    expect(ids(index.search(searchRequest('国办发[2016]80号')))).toEqual([
      'county:xunwu-county-2020-0228',
    ]);
  });
});

describe('SearchIndex', () => {
  const documents: SearchDocument[] = [
    searchDocument({
      id: 'county:a',
      title: '关于做好2024年春耕生产工作的通知',
      docNumber: '法政办发〔2024〕3号',
      publishedAt: new Date('2024-03-05T09:00:00+08:00'),
      signedAt: new Date('2024-03-01T00:00:00+08:00'),
    }),
    searchDocument({
      id: 'county:b',
      siteId: '2101230001',
      regionCode: '210123',
      issuer: '康平县农业农村局',
      title: '康平县春耕生产技术指导方案',
      validity: 'EXPIRED',
      publishedAt: new Date('2021-04-01T09:00:00+08:00'),
      signedAt: new Date('2021-03-20T00:00:00+08:00'),
    }),
    searchDocument({
      id: 'city:c',
      level: 'CITY',
      siteId: '2101000001',
      regionCode: '210100',
      issuer: '沈阳市人民政府办公室',
      title: '沈阳市关于加强春耕生产的实施意见',
      docNumber: '沈政办发[2023]7号',
      publishedAt: new Date('2023-02-10T09:00:00+08:00'),
      signedAt: new Date('2023-02-01T00:00:00+08:00'),
    }),
    searchDocument({
      id: 'province:d',
      level: 'PROVINCE',
      siteId: '3600000001',
      regionCode: '360000',
      issuer: '江西省農業農村廳',
      category: '农业',
      title: '江西省春耕生產工作要點',
      publishedAt: new Date('2023-12-31T17:00:00+08:00'),
      signedAt: null,
    }),
    searchDocument({
      id: 'county:e',
      siteId: '3607340001',
      regionCode: '360734',
      issuer: '寻乌县人民政府办公室',
      category: '安全生产监管',
      title: '关于做好森林防火工作的通知',
      text: '各乡(镇)人民政府:当前正值森林防火关键期,春耕生产用火增多。',
      publishedAt: new Date('2022-03-01T09:00:00+08:00'),
      signedAt: new Date('2022-02-25T00:00:00+08:00'),
    }),
  ];
  const build = (): SearchIndex => {
    const index = new SearchIndex();
    for (const doc of documents) index.upsert(doc);
    return index;
  };
  const index = build();
  const search = (request: Partial<SearchRequest> = {}): SearchPage =>
    index.search(searchRequest('春耕生产', request));

  it('holds every document', () => {
    expect(index.size).toBe(5);
  });

  it('ranks a title match above a body match, and counts all matches', () => {
    const page = search();
    expect(page.totalCount).toBe(5);
    expect(page.hits[page.hits.length - 1].id).toBe('county:e');
  });

  it('requires every word (AND)', () => {
    expect(ids(index.search(searchRequest('春耕 森林防火')))).toEqual(['county:e']);
    expect(index.search(searchRequest('春耕 秸秆')).totalCount).toBe(0);
  });

  describe('filters', () => {
    it('by level', () => {
      expect(ids(search({ filter: { levels: ['CITY', 'PROVINCE'] } })).sort()).toEqual([
        'city:c',
        'province:d',
      ]);
    });

    it('by region prefix of 2, 4 or 6 digits', () => {
      expect(ids(search({ filter: { regionCode: '2101' } })).sort()).toEqual([
        'city:c',
        'county:a',
        'county:b',
      ]);
      expect(ids(search({ filter: { regionCode: '210124' } }))).toEqual(['county:a']);
      expect(ids(search({ filter: { regionCode: '36' } })).sort()).toEqual([
        'county:e',
        'province:d',
      ]);
      // A full code ending in 00 names the larger unit, as for 转载规则.
      expect(search({ filter: { regionCode: '210100' } }).totalCount).toBe(3);
    });

    it('rejects a malformed region code', () => {
      const error = inputError(() => search({ filter: { regionCode: '2101x' } }));
      expect(error.extensions).toEqual({
        code: ErrorCode.BAD_USER_INPUT,
        field: 'filter.regionCode',
      });
    });

    it('by site', () => {
      expect(ids(search({ filter: { siteIds: ['2101230001', '3607340001'] } })).sort()).toEqual([
        'county:b',
        'county:e',
      ]);
    });

    it('by issuer, traditional and simplified alike', () => {
      expect(ids(search({ filter: { issuers: ['江西省农业农村厅'] } }))).toEqual(['province:d']);
      expect(ids(search({ filter: { issuers: ['康平县农业农村局'] } }))).toEqual(['county:b']);
    });

    it('by category', () => {
      expect(ids(search({ filter: { categories: ['安全生产监管'] } }))).toEqual(['county:e']);
    });

    it('by validity', () => {
      expect(ids(search({ filter: { validity: ['EXPIRED'] } }))).toEqual(['county:b']);
    });

    it('by signing date, bounds included, never matching a notice without one', () => {
      const page = search({
        filter: {
          signedFrom: new Date('2022-02-25T00:00:00+08:00'),
          signedTo: new Date('2023-02-01T00:00:00+08:00'),
        },
      });
      expect(ids(page).sort()).toEqual(['city:c', 'county:e']);
      expect(search({ filter: { signedFrom: new Date('2000-01-01') } }).totalCount).toBe(4);
    });

    it('by publication date', () => {
      const page = search({
        filter: { publishedFrom: new Date('2023-01-01'), publishedTo: new Date('2024-01-01') },
      });
      expect(ids(page).sort()).toEqual(['city:c', 'province:d']);
    });

    it('rejects a range that ends before it starts', () => {
      const error = inputError(() =>
        search({
          filter: { publishedFrom: new Date('2024-01-01'), publishedTo: new Date('2023-01-01') },
        }),
      );
      expect(error.extensions.field).toBe('filter.publishedFrom');
    });

    it('combines conditions, and treats an empty list as no condition', () => {
      expect(
        ids(search({ filter: { levels: ['COUNTY'], regionCode: '21', siteIds: [] } })).sort(),
      ).toEqual(['county:a', 'county:b']);
    });
  });

  it('counts facets over every filtered match', () => {
    const page = search({ first: 1, filter: { regionCode: '21' } });
    expect(page.hits).toHaveLength(1);
    expect(page.totalCount).toBe(3);
    expect(page.facets).toEqual({
      levels: [
        { value: 'COUNTY', count: 2 },
        { value: 'CITY', count: 1 },
      ],
      issuers: [
        { value: '康平县农业农村局', count: 1 },
        { value: '沈阳市人民政府办公室', count: 1 },
        { value: '法库县人民政府办公室', count: 1 },
      ],
      years: [
        { value: '2021', count: 1 },
        { value: '2023', count: 1 },
        { value: '2024', count: 1 },
      ],
      categories: [{ value: '农业', count: 3 }],
    });
  });

  it('counts years in China time', () => {
    // 2023-12-31 17:00 in China is 09:00 UTC: 2023 either way; 2024-01-01 01:00 in China is 2023 in UTC.
    const late = new SearchIndex();
    late.upsert(searchDocument({ id: 'x', publishedAt: new Date('2024-01-01T01:00:00+08:00') }));
    expect(late.search(searchRequest('春耕')).facets.years).toEqual([{ value: '2024', count: 1 }]);
  });

  it('sorts by date, newest first', () => {
    expect(ids(search({ sort: 'DATE' }))).toEqual([
      'county:a',
      'province:d',
      'city:c',
      'county:e',
      'county:b',
    ]);
  });

  it.each(['RELEVANCE', 'DATE'] as const)(
    'pages through every result in %s order without gaps or repeats',
    (sort) => {
      const whole = ids(search({ sort, first: 100 }));
      const pages = allPages(index, searchRequest('春耕生产', { sort, first: 2 }));
      expect(pages.map((page) => page.hits.length)).toEqual([2, 2, 1]);
      expect(pages.flatMap(ids)).toEqual(whole);
      expect(pages.every((page) => page.totalCount === 5)).toBe(true);
      expect(pages[pages.length - 1].hasNextPage).toBe(false);
    },
  );

  it('pages through ties in score and date by id', () => {
    const ties = new SearchIndex();
    for (let i = 0; i < 7; i++) ties.upsert(searchDocument({ id: `county:t${i}` }));
    const pages = allPages(ties, searchRequest('春耕', { first: 3 }));
    expect(pages.flatMap(ids)).toEqual(
      ['t6', 't5', 't4', 't3', 't2', 't1', 't0'].map((id) => `county:${id}`),
    );
  });

  it.each(['RELEVANCE', 'DATE'] as const)(
    'pages through 150 notices with many ties in %s order, each once and in order',
    (sort) => {
      const many = new SearchIndex();
      const published = new Map<string, number>();
      for (let i = 0; i < 150; i++) {
        const id = `county:m${String(i).padStart(3, '0')}`;
        const publishedAt = new Date(Date.UTC(2020, 0, 1 + (i % 9)));
        published.set(id, publishedAt.getTime());
        many.upsert(
          searchDocument({ id, publishedAt, text: `${'春耕生产。'.repeat(1 + (i % 4))}其他内容` }),
        );
      }
      const hits = allPages(many, searchRequest('春耕', { sort, first: 7 })).flatMap(
        (page) => page.hits,
      );
      expect(new Set(hits.map((hit) => hit.id)).size).toBe(150);
      for (let i = 1; i < hits.length; i++) {
        const [a, b] = [hits[i - 1], hits[i]];
        const order =
          (sort === 'RELEVANCE' ? a.score - b.score : 0) ||
          (published.get(a.id) ?? 0) - (published.get(b.id) ?? 0) ||
          (a.id > b.id ? 1 : -1);
        expect(order).toBeGreaterThan(0);
      }
    },
  );

  it('returns an empty page without a cursor when nothing matches', () => {
    const page = index.search(searchRequest('秸秆'));
    expect(page).toEqual({
      hits: [],
      totalCount: 0,
      facets: { levels: [], issuers: [], years: [], categories: [] },
      endCursor: null,
      hasNextPage: false,
    });
  });

  it('rejects cursors it did not make, or made for the other order', () => {
    const endCursor = search({ first: 1 }).endCursor;
    expect(endCursor).not.toBeNull();
    const other = inputError(() => search({ sort: 'DATE', after: endCursor }));
    expect(other.message).toBe('after is a cursor for a different listing');
    const bad = inputError(() => search({ after: 'not-a-cursor!' }));
    expect(bad.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'after' });
  });

  it('rejects a page size out of range', () => {
    expect(inputError(() => search({ first: 0 })).extensions.field).toBe('first');
    expect(inputError(() => search({ first: 101 })).extensions.field).toBe('first');
  });

  it('rejects an empty or oversized query', () => {
    expect(inputError(() => index.search(searchRequest(' '))).message).toBe('query is empty');
    expect(inputError(() => index.search(searchRequest('春'.repeat(201)))).message).toBe(
      'query is too long (201 characters, at most 200)',
    );
  });

  it('highlights each matching field, HTML-escaped, matches marked', () => {
    const html = new SearchIndex();
    html.upsert(
      searchDocument({
        id: 'county:html',
        title: '关于<script>春耕</script>的通知',
        text: '甲 & 乙 "春耕" 丙',
      }),
    );
    expect(html.search(searchRequest('春耕')).hits[0].highlights).toEqual([
      { field: 'title', snippet: '关于&lt;script&gt;<em>春耕</em>&lt;/script&gt;的通知' },
      { field: 'text', snippet: '甲 &amp; 乙 &quot;<em>春耕</em>&quot; 丙' },
    ]);
  });

  it('highlights the 文号 field for a 文号 query', () => {
    const page = index.search(searchRequest('沈政办发〔2023〕7號'));
    expect(ids(page)).toEqual(['city:c']);
    expect(page.hits[0].highlights).toEqual([
      { field: 'docNumber', snippet: '<em>沈政办发[2023]7号</em>' },
    ]);
    expect(index.search(searchRequest('沈政办发〔2023〕8号')).totalCount).toBe(0);
  });

  describe('revisions and removal', () => {
    it('a revision changes what matches', () => {
      const revised = build();
      revised.upsert({
        ...documents[0],
        title: '关于做好2024年秸秆禁烧工作的通知',
        text: '秸秆禁烧',
      });
      expect(revised.size).toBe(5);
      expect(ids(revised.search(searchRequest('秸秆禁烧')))).toEqual(['county:a']);
      expect(ids(revised.search(searchRequest('春耕生产')))).not.toContain('county:a');
    });

    it('a removed notice cannot be found, and removing it again is false', () => {
      const removed = build();
      expect(removed.remove('county:b')).toBe(true);
      expect(removed.remove('county:b')).toBe(false);
      expect(removed.size).toBe(4);
      expect(removed.has('county:b')).toBe(false);
      expect(ids(removed.search(searchRequest('春耕生产')))).not.toContain('county:b');
      expect(removed.search(searchRequest('康平县')).totalCount).toBe(0);
    });

    it('scores as a fresh index would once removed documents are compacted away', () => {
      const compacting = new SearchIndex({ compactAfter: 1 });
      for (const doc of documents) compacting.upsert(doc);
      compacting.upsert({ ...documents[1], id: 'county:extra' });
      compacting.remove('county:extra');
      compacting.upsert({ ...documents[2], title: '沈阳市关于加强春耕生产的实施意见(修订)' });
      const fresh = new SearchIndex();
      for (const doc of documents) {
        fresh.upsert(
          doc.id === 'city:c' ? { ...doc, title: '沈阳市关于加强春耕生产的实施意见(修订)' } : doc,
        );
      }
      expect(compacting.search(searchRequest('春耕生产'))).toEqual(
        fresh.search(searchRequest('春耕生产')),
      );
    });

    it('keeps what it indexed when the caller changes its object afterwards', () => {
      const doc = searchDocument({ id: 'county:mutable' });
      const own = new SearchIndex();
      own.upsert(doc);
      doc.title = '秸秆';
      expect(own.remove('county:mutable')).toBe(true);
      expect(own.search(searchRequest('春耕')).totalCount).toBe(0);
    });
  });

  it('rejects a document without a 6-digit region code', () => {
    expect(() => new SearchIndex().upsert(searchDocument({ regionCode: '2101' }))).toThrow(
      RangeError,
    );
  });
});
