import { removePinyinAnnotations } from '../removePinyinAnnotations';
import { fixturePage } from './fixturePage';

/** What a converter inserts on the anshan page: lower-case pinyin with tone marks in ( ). */
const ANSHAN_ANNOTATION = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;

const removed = (text: string): string => removePinyinAnnotations(text).text;

describe('removePinyinAnnotations', () => {
  describe('the anshan page (traditional, with pinyin after characters)', () => {
    const page = fixturePage('anshan');
    const result = removePinyinAnnotations(page);

    it('removes every annotation and changes nothing else', () => {
      const annotations = page.match(ANSHAN_ANNOTATION) ?? [];
      expect(annotations.length).toBe(293);
      expect(result.removed.length).toBe(annotations.length);
      expect(result.text).toBe(page.replace(ANSHAN_ANNOTATION, ''));
      expect(result.text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
    });

    it('keeps legitimate parentheses', () => {
      expect(
        result.text.startsWith('各縣(市)區人民政府,各開發區管委會,市政府各部門,各有關單位:'),
      ).toBe(true);
      expect(result.text.match(/縣\(市\)區/g)?.length).toBe(page.match(/縣\(市\)區/g)?.length);
      expect(result.text).toContain('(遼政辦發〔2015〕13號)');
      expect(result.text).toContain('(一)規范政府網站設置。');
      expect(result.text).toContain('(QQ、微信、微博等)');
      expect(result.text).toContain('鄉鎮政府(街道辦事處)');
      expect(result.text.endsWith('(此件公開發布)')).toBe(true);
    });

    it('reports each annotation with its offset in the input', () => {
      for (const { text, offset } of result.removed) {
        expect(page.slice(offset, offset + text.length)).toBe(text);
      }
      expect(result.removed.slice(0, 3)).toEqual([
        { text: '(qū)', offset: page.indexOf('(qū)') },
        { text: '(fā)', offset: page.indexOf('(fā)') },
        { text: '(qū)', offset: page.indexOf('(qū)', page.indexOf('(fā)')) },
      ]);
    });
  });

  it.each(['faku', 'xunwu'] as const)('leaves the %s page alone', (name) => {
    const page = fixturePage(name);
    expect(removePinyinAnnotations(page)).toEqual({ text: page, removed: [] });
  });

  describe('annotations that go', () => {
    it.each([
      ['長(zhǎng)官', '長官'],
      ['區(qū)', '區'],
      ['發(fā)布', '發布'],
      ['鄉(xiāng)鎮(zhèn)政府', '鄉鎮政府'],
      ['鄉鎮(xiāng zhèn)政府', '鄉鎮政府'],
      ['鄉鎮(xiāngzhèn)政府', '鄉鎮政府'],
      ["西安(xī'ān)市", '西安市'],
      ['區（qū）', '區'],
      ['區（qu1）', '區'],
      ['長(zhang3)', '長'],
      ['長(chang2)', '長'],
      ['鄉鎮(xiang1 zhen4)', '鄉鎮'],
      ['的(de)', '的'],
      ['的(de5)', '的'],
      ['的(de0)', '的'],
      ['綠(lü4)', '綠'],
      ['綠(lv4)', '綠'],
      ['綠(lv)', '綠'],
      ['長(zhang)', '長'],
      ['市 (shì)政府', '市政府'],
      ['国务院办公厅(guó wù yuàn bàn gōng tīng)', '国务院办公厅'],
      ['《遼政辦發(fā)〔2015〕13號》', '《遼政辦發〔2015〕13號》'],
      ['(遼政辦發(fā)〔2015〕13號)', '(遼政辦發〔2015〕13號)'],
      ['嗯(ńg)', '嗯'],
      ['附件(fu jian)1', '附件1'],
    ])('%s → %s', (input, expected) => {
      const result = removePinyinAnnotations(input);
      expect(result.text).toBe(expected);
      expect(result.removed).toHaveLength(input.startsWith('鄉(') ? 2 : 1);
    });
  });

  describe('parentheses that stay', () => {
    it.each([
      '各縣(市)區人民政府',
      '(此件公开发布)',
      '2015年(2015)',
      '政府信息公开制度(FAKU)',
      '法库(Faku)县',
      '(a)项;第(一)条;(试行)',
      '（以下简称"办法"）',
      '《国务院办公厅印发〈关于全面推进政务公开工作的意见〉实施细则的通知》(国办发〔2016〕80号)',
      '各乡(镇)人民政府',
      'Data(a) and Method(shi)',
      'QQ(qq)',
      '中国(China)、长城(the Great Wall)、微信(wechat)',
      '和(and)',
      '规定(shi)',
      '市(shī)',
      '長(zhǎng zhǎng)',
      '(qū)',
      '区(qū',
      '，(qū)',
      '2(èr)',
    ])('%s', (text) => {
      expect(removePinyinAnnotations(text)).toEqual({ text, removed: [] });
    });
  });

  it('takes a reading over the characters it spells, not more', () => {
    expect(removed('人民政府鄉鎮(xiāng zhèn)')).toBe('人民政府鄉鎮');
    expect(removed('鄉鎮(zhèn)')).toBe('鄉鎮');
  });
});
