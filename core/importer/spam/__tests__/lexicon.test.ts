import { CONTEXT_TERMS, LEGIT_CONTEXT_TERMS, SPAM_TERMS } from '../lexicon';
import { placeAt } from '../places';
import { hasKeyword, keywordsIn, termAt } from '../termMatcher';

describe('lexicon', () => {
  it('has no duplicate terms, and no keyword that is also a context or crackdown word', () => {
    const keywords = SPAM_TERMS.map((t) => t.term.toLowerCase());
    expect(new Set(keywords).size).toBe(keywords.length);
    const others = new Set([...CONTEXT_TERMS, ...LEGIT_CONTEXT_TERMS].map((t) => t.toLowerCase()));
    expect(keywords.filter((k) => others.has(k))).toEqual([]);
  });

  it('matches the longest term, keywords before context words, Latin terms only as whole words', () => {
    expect(termAt('娱乐城', 0)).toMatchObject({ kind: 'keyword', length: 3 });
    expect(termAt('娱乐', 0)).toMatchObject({ kind: 'context', length: 2 });
    expect(keywordsIn('北京pk10 pk100 apple bet365').map((t) => t.term)).toEqual([
      '北京pk10',
      'bet365',
    ]);
    expect(keywordsIn('加快三农 做爱心人士 成熟女性 申博成功 特色综合体')).toEqual([]);
    // A keyword cut through the middle of a word (时时/彩排, 三级/片长) is not that keyword.
    expect(
      keywordsIn('各节目组时时彩排 建立三级片长制 2022年4月20日办假证').map((t) => t.term),
    ).toEqual(['办假证']);
    expect(hasKeyword('体育彩票')).toBe(true);
    expect(hasKeyword('政府信息公开')).toBe(false);
  });
});

describe('placeAt', () => {
  it('reads the longest place name at the start, with its province', () => {
    expect(placeAt('石家庄市')).toEqual({ name: '石家庄', province: '河北', provinceLevel: false });
    expect(placeAt('北京赛车')).toEqual({ name: '北京', province: '北京', provinceLevel: true });
    expect(placeAt('吉林')).toMatchObject({ province: '吉林', provinceLevel: true });
    expect(placeAt('政务公开')).toBeNull();
  });
});
