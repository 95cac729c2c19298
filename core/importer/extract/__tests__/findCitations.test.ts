import { findCitations } from '../findCitations';

describe('findCitations', () => {
  it('pairs a title with the 文号 in brackets after it, in any bracket form', () => {
    expect(
      findCitations([
        '根据《关于加强管理的通知》（国办发〔2016〕80号）和《某某实施办法》[某政发(2019)3号]要求',
      ]),
    ).toEqual([
      { title: '关于加强管理的通知', docNumber: '国办发〔2016〕80号' },
      { title: '某某实施办法', docNumber: '某政发(2019)3号' },
    ]);
  });

  it('keeps nested 〈〉 and 《》 inside the title', () => {
    expect(
      findCitations(['《国务院办公厅印发〈关于全面推进政务公开工作的意见〉实施细则的通知》']),
    ).toEqual([
      {
        title: '国务院办公厅印发〈关于全面推进政务公开工作的意见〉实施细则的通知',
        docNumber: null,
      },
    ]);
    expect(findCitations(['《关于印发《某县管理办法》的通知》'])[0].title).toBe(
      '关于印发《某县管理办法》的通知',
    );
  });

  it('lists a document once and fills a 文号 a later mention gives', () => {
    expect(
      findCitations([
        '依据《中华人民共和国政府信息公开条例》',
        '按照《中華人民共和國政府信息公開條例》(国务院令第711号)',
      ]),
    ).toEqual([{ title: '中华人民共和国政府信息公开条例', docNumber: null }]);
    expect(findCitations(['《某某办法》', '《某某办法》(某发〔2020〕1号)'])).toEqual([
      { title: '某某办法', docNumber: '某发〔2020〕1号' },
    ]);
  });

  it('leaves out names that are not documents, and unclosed brackets', () => {
    expect(
      findCitations(['制作《政府公报》电子版,发布在《人民日报》上', '《关于某事的通知']),
    ).toEqual([]);
  });
});
