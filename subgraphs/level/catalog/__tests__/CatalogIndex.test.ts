import type { CatalogDoc } from '../../../../core/model';
import { CatalogIndex } from '../CatalogIndex';

function row(id: string, day: number, overrides: Partial<CatalogDoc> = {}): CatalogDoc {
  return {
    _id: id,
    level: 'COUNTY',
    version: 1,
    siteId: 's1',
    columnId: null,
    kind: 'POLICY',
    title: id,
    docNumber: null,
    issuer: null,
    category: '通知',
    topics: [],
    status: 'PUBLISHED',
    validity: 'IN_FORCE',
    signedAt: null,
    publishedAt: new Date(Date.UTC(2024, 0, day)),
    updatedAt: new Date(),
    ...overrides,
  };
}

const query = { first: 2, after: null, levels: null, siteId: null, category: null };

describe('CatalogIndex', () => {
  test('pages newest first, ties broken by id, with no gap or repeat across pages', () => {
    const index = new CatalogIndex();
    for (const r of [row('county:a', 1), row('county:b', 3), row('city:c', 3), row('county:d', 2)])
      index.upsert(r);
    const first = index.latest(query);
    expect(first.rows.map((r) => r._id)).toEqual(['county:b', 'city:c']);
    expect(first.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(4);
    const last = first.rows[1];
    const second = index.latest({
      ...query,
      after: { publishedAt: last.publishedAt ?? new Date(0), id: last._id },
    });
    expect(second.rows.map((r) => r._id)).toEqual(['county:d', 'county:a']);
    expect(second.hasNextPage).toBe(false);
  });

  test('a newer version moves or removes a row; an older one is ignored', () => {
    const index = new CatalogIndex();
    index.upsert(row('county:a', 1));
    index.upsert(row('county:b', 2));
    index.upsert(row('county:a', 5, { version: 2 }));
    expect(index.latest(query).rows.map((r) => r._id)).toEqual(['county:a', 'county:b']);
    index.upsert(row('county:a', 9, { version: 1 }));
    expect(index.get('county:a')?.version).toBe(2);
    index.upsert(row('county:a', 5, { version: 3, status: 'WITHDRAWN' }));
    expect(index.latest(query).rows.map((r) => r._id)).toEqual(['county:b']);
    expect(index.latest(query).totalCount).toBe(1);
  });

  test('filters by level, site and category, and counts what matches', () => {
    const index = new CatalogIndex();
    index.upsert(row('county:a', 1, { siteId: 's2' }));
    index.upsert(row('city:b', 2, { level: 'CITY', category: '政策文件' }));
    index.upsert(row('county:c', 3));
    expect(index.latest({ ...query, levels: ['CITY'] }).rows.map((r) => r._id)).toEqual(['city:b']);
    expect(index.latest({ ...query, siteId: 's2' }).totalCount).toBe(1);
    expect(index.latest({ ...query, category: '通知' }).rows.map((r) => r._id)).toEqual([
      'county:c',
      'county:a',
    ]);
  });
});
