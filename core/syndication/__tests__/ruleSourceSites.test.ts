import { ruleSourceSites } from '../ruleSourceSites';
import {
  ANSHAN,
  FAKU,
  LIAONING,
  LIAONING_DEPT,
  NANCHANG_XIAN,
  SHENYANG,
  SHENYANG_DEPT,
  TAIAN,
  directory,
  rule,
} from './fixtures';

describe('ruleSourceSites', () => {
  it('takes every site of the level a level scope names, and none of the others', () => {
    const province = rule({ scope: { level: 'PROVINCE' } });
    expect(ruleSourceSites(province, 'PROVINCE', directory)).toEqual(
      expect.arrayContaining([LIAONING._id, LIAONING_DEPT._id]),
    );
    expect(ruleSourceSites(province, 'COUNTY', directory)).toEqual([]);
    expect(ruleSourceSites(province, 'CITY', directory)).toEqual([]);
  });

  it('keeps to the region and never names the rule’s own site', () => {
    const counties = rule({ scope: { level: null, regionCode: '2101' } });
    expect(ruleSourceSites(counties, 'COUNTY', directory)).toEqual([FAKU._id]);
    // 沈阳's own portal is in its region, its department is another site.
    expect(ruleSourceSites(counties, 'CITY', directory)).toEqual([SHENYANG_DEPT._id]);
    expect(ruleSourceSites(counties, 'COUNTY', directory)).not.toContain(NANCHANG_XIAN._id);
  });

  it('takes given sites wherever they are, columns aside', () => {
    const given = rule({
      scope: { level: null, siteIds: [TAIAN._id, ANSHAN._id], columnIds: ['zcwj'] },
    });
    expect(ruleSourceSites(given, 'COUNTY', directory)).toEqual([TAIAN._id]);
    expect(ruleSourceSites(given, 'CITY', directory)).toEqual([ANSHAN._id]);
    expect(ruleSourceSites(given, 'PROVINCE', directory)).toEqual([]);
  });

  it('takes every other site when the scope is open', () => {
    const open = rule({ scope: { level: null } });
    const cities = ruleSourceSites(open, 'CITY', directory);
    expect(cities).toContain(ANSHAN._id);
    expect(cities).not.toContain(SHENYANG._id);
  });
});
