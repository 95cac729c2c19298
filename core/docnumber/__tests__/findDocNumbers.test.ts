import { findDocNumbers } from '../findDocNumbers';

describe('findDocNumbers', () => {
  it('finds 文号 wrapped in parentheses in running text, not taking the paren for a year bracket', () => {
    // From the Xunwu county fixture page.
    const text =
      '根据《中华人民共和国政府信息公开条例》《国务院办公厅印发〈关于全面推进政务公开工作的意见〉实施细则的通知》' +
      '（国办发〔2016〕80号）及省市要求……《关于加强政务新媒体建设管理的通知》（寻府办电〔2019〕54号）要求，' +
      '按照《关于做好督平台意见建议办理工作的通知》（赣府厅函〔2019〕6号）等省市要求';
    expect(findDocNumbers(text).map((d) => d.normalized)).toEqual([
      '国办发〔2016〕80号',
      '寻府办电〔2019〕54号',
      '赣府厅函〔2019〕6号',
    ]);
  });

  it('finds traditional 文号 in a converted crawl, dropping pinyin annotations and keeping raw', () => {
    // From the Anshan city fixture page, as crawled.
    const text =
      '根據(jù)《遼寧省人民政府辦公廳關于加強政府網(wǎng)站信息內容建設管理的實施意見》(遼政辦發(fā)〔2015〕13號)' +
      '和《遼寧省人民政府辦公廳關于開展第一次全省政府網(wǎng)站普查的通知》(遼政辦明電〔2015〕20號),經市政府同意';
    expect(findDocNumbers(text)).toEqual([
      {
        raw: '遼政辦發(fā)〔2015〕13號',
        issuerCode: '遼政辦發',
        year: 2015,
        serial: 13,
        normalized: '遼政辦發〔2015〕13号',
      },
      {
        raw: '遼政辦明電〔2015〕20號',
        issuerCode: '遼政辦明電',
        year: 2015,
        serial: 20,
        normalized: '遼政辦明電〔2015〕20号',
      },
    ]);
  });

  it('keeps raw as the exact input text, full-width digits and all', () => {
    expect(findDocNumbers('见（粤府办［２０１３］５２号）。')).toEqual([
      {
        raw: '粤府办［２０１３］５２号',
        issuerCode: '粤府办',
        year: 2013,
        serial: 52,
        normalized: '粤府办〔2013〕52号',
      },
    ]);
  });

  it('separates the issuer from prose that runs straight into it', () => {
    const text =
      '根据国办发〔2016〕80号和粤府办〔2013〕52号的要求，2019年寻府办电〔2019〕54号印发。';
    expect(findDocNumbers(text).map((d) => d.raw)).toEqual([
      '国办发〔2016〕80号',
      '粤府办〔2013〕52号',
      '寻府办电〔2019〕54号',
    ]);
  });

  it('finds a 文号 with brackets written the ASCII way and spaces between parts', () => {
    expect(findDocNumbers('转发 国办发 [2013] 100 号 的通知').map((d) => d.normalized)).toEqual([
      '国办发〔2013〕100号',
    ]);
  });

  it('skips look-alikes: no issuer, bad years, mismatched brackets, prose too long to be an issuer', () => {
    const text = [
      '（〔2013〕5号）',
      '于2013年（2013）印发',
      '国办发〔1800〕5号',
      '国办发〔2013]5号',
      '国办发(２０１３)第5号',
      '县人民政府办公室关于加强信息公开工作国办发〔2013〕5号',
    ].join('；');
    expect(findDocNumbers(text)).toEqual([]);
  });

  it('returns nothing for text without 文号', () => {
    expect(findDocNumbers('')).toEqual([]);
    expect(findDocNumbers('各县(市)区人民政府,各开发区管委会:')).toEqual([]);
  });
});
