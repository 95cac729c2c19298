import { parseIndexNumber } from '../indexNumber';

describe('parseIndexNumber', () => {
  it.each([
    ['006939748/2013-00974', '006939748', 2013, 974],
    ['11440000006939748X/2013-00974', '11440000006939748X', 2013, 974],
    ['000014349/2020-00123', '000014349', 2020, 123],
    ['MB1D85766/2023-00012', 'MB1D85766', 2023, 12],
  ])('parses %s', (raw, orgCode, year, serial) => {
    expect(parseIndexNumber(raw)).toEqual({ ok: true, value: { raw, orgCode, year, serial } });
  });

  it('tolerates full-width characters, spaces and lower case, keeping raw as given', () => {
    const raw = '  １１４４００００００６９３９７４８ｘ／２０１３－００９７４ ';
    expect(parseIndexNumber(raw)).toEqual({
      ok: true,
      value: { raw: raw.trim(), orgCode: '11440000006939748X', year: 2013, serial: 974 },
    });
    expect(parseIndexNumber('006939748 / 2013 - 00974')).toMatchObject({
      ok: true,
      value: { orgCode: '006939748', year: 2013, serial: 974 },
    });
  });

  it.each([
    ['', 'index number is empty'],
    ['   ', 'index number is empty'],
    ['0'.repeat(65), 'index number is too long (65 characters, at most 64)'],
    ['006939748-2013-00974', 'index number has no "/" between organisation code and year'],
    ['/2013-00974', 'organisation code is missing before "/"'],
    [
      '0069397/2013-00974',
      'organisation code "0069397" must be 9 characters or an 18-character unified social credit code',
    ],
    [
      '0069#9748/2013-00974',
      'organisation code "0069#9748" must be 8 digits or capital letters and a check digit or X',
    ],
    [
      '00693974A/2013-00974',
      'organisation code "00693974A" must be 8 digits or capital letters and a check digit or X',
    ],
    [
      '11440000006939748I/2013-00974',
      'unified social credit code "11440000006939748I" contains characters it cannot have',
    ],
    ['006939748/201300974', 'index number has no "-" between year and serial'],
    ['006939748/13-00974', 'year must be four digits, got "13"'],
    ['006939748/1900-00974', 'year 1900 is outside 1949..2100'],
    ['006939748/2013-', 'serial is missing after the year'],
    ['006939748/2013-0097a', 'serial must be digits, got "0097a"'],
    ['006939748/2013-0000000001', 'serial has more than 9 digits'],
    ['006939748/2013-00000', 'serial must be at least 1'],
  ])('rejects %j: %s', (raw, reason) => {
    expect(parseIndexNumber(raw)).toEqual({ ok: false, reason });
  });
});
