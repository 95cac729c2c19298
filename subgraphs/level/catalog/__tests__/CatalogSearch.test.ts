import pino from 'pino';
import type { CatalogDoc } from '../../../../core/model';
import type { DirectoryCache } from '../../syndication/DirectoryCache';
import { CatalogSearch } from '../CatalogSearch';

const directory = {
  fresh: () => Promise.resolve(directory),
  site: (id: string) => (id === 's1' ? { regionCode: '210124' } : null),
} as unknown as DirectoryCache;

function row(id: string, version: number, title: string, status = 'PUBLISHED'): CatalogDoc {
  return {
    _id: id,
    level: 'COUNTY',
    version,
    siteId: 's1',
    columnId: null,
    kind: 'NOTICE',
    title,
    docNumber: null,
    issuer: null,
    category: null,
    topics: [],
    status: status as CatalogDoc['status'],
    validity: 'IN_FORCE',
    signedAt: null,
    publishedAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-01T00:00:00Z'),
    text: '',
  };
}

function ids(search: CatalogSearch, query: string): string[] {
  return search
    .search({ query, filter: {}, sort: 'DATE', first: 10, after: null })
    .hits.map((h) => h.id);
}

test('search answers UNAVAILABLE with the progress until the stored catalog is indexed', async () => {
  const search = new CatalogSearch(directory, pino({ level: 'silent' }));
  expect(() => ids(search, '湿地')).toThrow(/being built/);
  await search.warmUp(['county:a'], () => row('county:a', 1, '关于湿地保护的通知'));
  expect(search.ready).toBe(true);
  expect(ids(search, '湿地')).toEqual(['county:a']);
});

test('a live change during the warm-up is not undone by the older stored row', async () => {
  const search = new CatalogSearch(directory, pino({ level: 'silent' }));
  const stored = row('county:a', 1, '关于湿地保护的通知');
  // The revision arrives first (live), the stored version 1 afterwards (warm-up).
  await search.apply([row('county:a', 2, '关于候鸟迁徙的通知')]);
  await search.warmUp(['county:a'], () => stored);
  expect(ids(search, '候鸟')).toEqual(['county:a']);
  expect(ids(search, '湿地')).toEqual([]);
  // Withdrawn: gone from search.
  await search.apply([row('county:a', 3, '关于候鸟迁徙的通知', 'WITHDRAWN')]);
  expect(ids(search, '候鸟')).toEqual([]);
});
