import { SearchIndex } from '../../../core/search';
import { querySample, searchQueryMix } from '../searchQueryMix';
import { syntheticNotices } from '../syntheticNotices';

const notices = syntheticNotices(400, 3);
const mix = searchQueryMix(notices, 200, 5);

function countKinds(queries: typeof mix): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const q of queries) counts[q.kind] = (counts[q.kind] ?? 0) + 1;
  return counts;
}

describe('searchQueryMix', () => {
  it('is the same for the same seed, numbered in order', () => {
    expect(searchQueryMix(notices, 200, 5)).toEqual(mix);
    expect(mix.map((q) => q.n)).toEqual([...mix.keys()]);
  });

  it('has every kind in its share', () => {
    expect(countKinds(mix)).toEqual({
      word: 60,
      'two words': 30,
      issuer: 20,
      'doc number': 30,
      traditional: 20,
      filtered: 40,
    });
  });

  it('asks the index only valid questions, and the notices give answers', () => {
    const index = new SearchIndex();
    for (const notice of notices) index.upsert(notice);
    // Every query is made from a notice that matches it (its filter lets that notice through),
    // traditional ones included: the index reads them as simplified.
    const empty = mix.filter((q) => index.search(q.request).totalCount === 0);
    expect(empty).toEqual([]);
  });

  it('samples every kind in its share, in mix order', () => {
    const sample = querySample(mix, 30);
    expect(sample).toHaveLength(30);
    expect(countKinds(sample)).toEqual({
      word: 9,
      'two words': 5,
      issuer: 3,
      'doc number': 4,
      traditional: 3,
      filtered: 6,
    });
    expect(sample.map((q) => q.n)).toEqual([...sample.map((q) => q.n)].sort((a, b) => a - b));
  });
});
