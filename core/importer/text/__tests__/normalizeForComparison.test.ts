import { Converter } from 'opencc-js';
import { normalizeForComparison } from '../normalizeForComparison';
import { removePinyinAnnotations } from '../removePinyinAnnotations';
import { fixturePage } from './fixturePage';

describe('normalizeForComparison', () => {
  it('folds a traditional, full-width rendering onto its simplified original', () => {
    expect(normalizeForComparison('各縣（市）區人民政府：')).toBe(
      normalizeForComparison('各县(市)区人民政府:'),
    );
    expect(normalizeForComparison('遼政辦發〔２０１５〕１３號')).toBe('辽政办发201513号');
    expect(normalizeForComparison('“三公”經費、政府採購')).toBe('三公经费政府采购');
  });

  it('drops whitespace, punctuation, symbols and invisible characters, and lower-cases', () => {
    expect(normalizeForComparison(' 法库县\u3000人民政府\n\t办公室 ')).toBe('法库县人民政府办公室');
    expect(normalizeForComparison('《关于…的通知》——(试行)!?;:、。')).toBe('关于的通知试行');
    expect(normalizeForComparison('\ufeff政\u200b府')).toBe('政府');
    expect(normalizeForComparison('QQ、微信 WeChat')).toBe('qq微信wechat');
    expect(normalizeForComparison('面积100m²±5%')).toBe('面积100m²5');
  });

  it('makes a whole page and its traditional rendering equal', () => {
    const toTraditional = Converter({ from: 'cn', to: 'tw' });
    for (const name of ['faku', 'xunwu'] as const) {
      const page = fixturePage(name);
      const traditional = toTraditional(page);
      expect(traditional).not.toBe(page);
      expect(normalizeForComparison(traditional)).toBe(normalizeForComparison(page));
    }
  });

  it('after pinyin removal, the anshan page reads as simplified text without readings', () => {
    const normal = normalizeForComparison(removePinyinAnnotations(fixturePage('anshan')).text);
    expect(
      normal.startsWith('各县市区人民政府各开发区管委会市政府各部门各有关单位为进一步做好'),
    ).toBe(true);
    expect(normal).toContain('辽政办发201513号');
    expect(normal).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ()]/);
  });

  it('keeps what is not punctuation', () => {
    expect(normalizeForComparison('')).toBe('');
    expect(normalizeForComparison('①②')).toBe('①②');
  });
});
