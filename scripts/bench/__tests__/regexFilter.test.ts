import type { SearchRequest } from '../../../core/search';
import { regexFilter } from '../regexFilter';

function request(query: string, filter: SearchRequest['filter'] = {}): SearchRequest {
  return { query, filter, sort: 'DATE', first: 20, after: null };
}

const anyField = (pattern: string) => ({
  $or: ['title', 'text', 'docNumber', 'issuer'].map((field) => ({
    [field]: { $regex: pattern },
  })),
});

describe('regexFilter', () => {
  it('looks for one word in any searched field', () => {
    expect(regexFilter(request('安全生产'))).toEqual(anyField('安全生产'));
  });

  it('ANDs the words typed and escapes what a regex would read', () => {
    const filter = regexFilter(request(' 辽政办发[2015]12号   通知 '));
    expect(filter).toEqual({ $and: [anyField('辽政办发\\[2015\\]12号'), anyField('通知')] });
    expect(new RegExp('辽政办发\\[2015\\]12号').test('见辽政办发[2015]12号')).toBe(true);
  });

  it('adds the filters as plain conditions, a region code as a prefix', () => {
    const from = new Date('2020-01-01T00:00:00Z');
    const filter = regexFilter(
      request('通知', {
        levels: ['COUNTY'],
        regionCode: '210100',
        validity: ['IN_FORCE'],
        publishedFrom: from,
      }),
    );
    expect(filter).toEqual({
      $and: [
        anyField('通知'),
        { level: { $in: ['COUNTY'] } },
        { regionCode: { $regex: '^2101' } },
        { validity: { $in: ['IN_FORCE'] } },
        { publishedAt: { $gte: from } },
      ],
    });
  });
});
