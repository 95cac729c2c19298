import { parseDocNumber } from '../parseDocNumber';

describe('parseDocNumber', () => {
  it.each([
    ['粤府办〔2013〕52号', '粤府办', 2013, 52],
    ['国办发〔2013〕100号', '国办发', 2013, 100],
    ['寻府办电〔2019〕54号', '寻府办电', 2019, 54],
    ['遼政辦發〔2015〕13號', '遼政辦發', 2015, 13],
    ['辽政办明电〔2015〕20号', '辽政办明电', 2015, 20],
    ['鞍政办发〔2015〕54号', '鞍政办发', 2015, 54],
    ['赣府厅函〔2019〕6号', '赣府厅函', 2019, 6],
  ])('parses %s', (raw, issuerCode, year, serial) => {
    expect(parseDocNumber(raw)).toEqual({
      ok: true,
      value: { raw, issuerCode, year, serial, normalized: `${issuerCode}〔${year}〕${serial}号` },
    });
  });

  describe('every way sites write 国办发〔2013〕100号 normalises to it', () => {
    it.each([
      '国办发[2013]100号',
      '国办发［2013］100号',
      '国办发(2013)100号',
      '国办发（2013）100号',
      '国办发【2013】100号',
      '国办发〖2013〗100号',
      '国办发﹝2013﹞100号',
      '国办发〔2013〕100號',
      '国办发〔２０１３〕１００号',
      '国办发〔2013〕0100号',
      ' 国办发 〔 2013 〕 100 号 ',
      '国办发　〔2013〕　100号',
    ])('%s', (raw) => {
      const result = parseDocNumber(raw);
      expect(result).toEqual({
        ok: true,
        value: {
          raw: raw.trim(),
          issuerCode: '国办发',
          year: 2013,
          serial: 100,
          normalized: '国办发〔2013〕100号',
        },
      });
    });
  });

  it('keeps Latin letters and digits in an issuer, and traditional characters as written', () => {
    expect(parseDocNumber('深B发〔2013〕5号')).toMatchObject({
      ok: true,
      value: { issuerCode: '深B发' },
    });
    // Traditional/simplified equivalence is search's job: the two issuers differ here.
    expect(parseDocNumber('遼政辦發〔2015〕13號')).toMatchObject({
      ok: true,
      value: { normalized: '遼政辦發〔2015〕13号' },
    });
  });

  it('drops the pinyin annotations a traditional-conversion crawl leaves in the issuer', () => {
    expect(parseDocNumber('遼政辦發(fā)〔2015〕13號')).toEqual({
      ok: true,
      value: {
        raw: '遼政辦發(fā)〔2015〕13號',
        issuerCode: '遼政辦發',
        year: 2015,
        serial: 13,
        normalized: '遼政辦發〔2015〕13号',
      },
    });
  });

  it.each([
    ['', 'document number is empty'],
    ['  　 ', 'document number is empty'],
    [
      `国办发〔2013〕${'1'.repeat(60)}号`,
      'document number is too long (70 characters, at most 64)',
    ],
    ['abc', 'no year bracket: expected the year in brackets, e.g. 〔2013〕'],
    ['国办发2013年5号', 'no year bracket: expected the year in brackets, e.g. 〔2013〕'],
    ['国办发〔2013 5号', 'year bracket 〔 is never closed'],
    ['国办发2013〕5号', 'year bracket 〕 has no opening bracket'],
    ['国办发〔2013]5号', 'mismatched brackets around the year: 〔 … ]'],
    ['国办发（2013〕5号', 'mismatched brackets around the year: ( … 〕'],
    ['〔2013〕5号', 'issuer is missing before the year bracket'],
    ['abc〔2013〕5号', 'issuer "abc" contains no Chinese character'],
    ['2013〔2013〕5号', 'issuer "2013" contains no Chinese character'],
    [
      '国办-发〔2013〕5号',
      'issuer "国办-发" contains "-": only Chinese characters, Latin letters and digits are allowed',
    ],
    [
      '国办 发〔2013〕5号',
      'issuer "国办 发" contains " ": only Chinese characters, Latin letters and digits are allowed',
    ],
    [
      '（国办发〔2013〕5号）',
      'issuer "(国办发" contains "(": only Chinese characters, Latin letters and digits are allowed',
    ],
    [
      '关于进一步加强政府网站信息内容建设的意见国办发〔2013〕5号',
      'issuer is too long (at most 20 characters)',
    ],
    ['国办发〔13〕5号', 'year in brackets must be four digits, got "13"'],
    ['国办发〔〕5号', 'year in brackets must be four digits, got ""'],
    ['国办发〔二〇一三〕5号', 'year in brackets must be four digits, got "二〇一三"'],
    ['国办发〔1948〕5号', 'year 1948 is outside 1949..2100'],
    ['国办发〔2101〕5号', 'year 2101 is outside 1949..2100'],
    ['国办发〔2013〕', 'serial is missing after the year'],
    ['国办发〔2013〕号', 'serial is missing after the year'],
    ['国办发〔2013〕第5号', 'serial must be digits, got "第5"'],
    ['国办发〔2013〕五号', 'serial must be digits, got "五"'],
    ['国办发〔2013〕5', 'missing 号 after the serial'],
    ['国办发〔2013〕5号文', 'unexpected text after 号: "文"'],
    ['国办发〔2013〕12345678号', 'serial has more than 7 digits'],
    ['国办发〔2013〕0号', 'serial must be at least 1'],
  ])('rejects %j: %s', (raw, reason) => {
    expect(parseDocNumber(raw)).toEqual({ ok: false, reason });
  });
});
