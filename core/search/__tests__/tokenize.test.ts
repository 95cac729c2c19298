import { tokenize } from '../tokenize';
import { demoNotice } from './fixtures';

describe('tokenize', () => {
  it('cuts a real title into words and the words inside them, without stop words', () => {
    const tokens = tokenize(demoNotice('faku-county-2022-0421').title);
    expect(tokens).toEqual(
      expect.arrayContaining([
        '法库县',
        '法库',
        '办公室',
        '办公',
        '信息内容',
        '信息',
        '建设',
        '意见',
      ]),
    );
    expect(tokens).not.toContain('关于');
    expect(tokens).not.toContain('的');
  });

  it('gives a traditional title the tokens of its simplified form', () => {
    const traditional = demoNotice('anshan-city-2015-0605').title;
    expect(traditional).toBe('鞍山市人民政府辦公廳關於加強政府網站信息內容建設的實施意見');
    expect(tokenize(traditional)).toEqual(
      tokenize('鞍山市人民政府办公厅关于加强政府网站信息内容建设的实施意见'),
    );
    expect(tokenize(traditional)).toEqual(
      expect.arrayContaining(['鞍山市', '办公厅', '政府', '网站', '实施', '意见']),
    );
  });

  it('keeps the words of the 寻乌 title', () => {
    expect(tokenize(demoNotice('xunwu-county-2020-0228').title)).toEqual([
      '寻乌',
      '寻乌县',
      '政府',
      '政府办',
      '规范',
      '全县',
      '政务',
      '公开',
      '相关',
      '工作',
      '通知',
    ]);
  });

  it.each([
    '辽政办发〔2022〕12号',
    '辽政办发[2022]12号',
    '辽政办发［2022］12号',
    '辽政办发(2022)12号',
    '辽政办发（2022）12号',
    '辽政办发【2022】12号',
    '辽政办发〖2022〗12号',
    '辽政办发﹝2022﹞12号',
    '辽政办发〔２０２２〕１２号',
    '遼政辦發〔2022〕12號',
    '遼政辦發 ( 2022 ) 12 號',
  ])('makes %s one normalized 文号 token', (docNumber) => {
    expect(tokenize(docNumber)).toContain('dn:辽政办发〔2022〕12号');
    expect(tokenize(docNumber).filter((token) => token.startsWith('dn:'))).toHaveLength(1);
  });

  it('finds every 文号 cited in running text, traditional ones included', () => {
    expect(tokenize(demoNotice('xunwu-county-2020-0228').text)).toContain('dn:国办发〔2016〕80号');
    const anshan = tokenize(demoNotice('anshan-city-2015-0605').text);
    expect(anshan).toContain('dn:辽政办发〔2015〕13号');
    expect(anshan).toContain('dn:辽政办明电〔2015〕20号');
  });

  it('drops punctuation and spaces, folds full-width forms and upper case', () => {
    expect(tokenize('“五型”政府,ＡＢＣ 12345热线!')).toEqual([
      '五型',
      '政府',
      'abc',
      '12345',
      '热线',
    ]);
  });

  it('gives nothing for text made only of stop words and punctuation', () => {
    expect(tokenize('关于,的。和 与')).toEqual([]);
  });
});
