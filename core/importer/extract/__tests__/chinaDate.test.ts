import { chinaDateToDate, dateOnlyLine, findChinaDate, formatChinaDate } from '../chinaDate';

const iso = (text: string): string | null => {
  const found = findChinaDate(text);
  return found ? formatChinaDate(found.date) : null;
};

describe('China dates', () => {
  it('reads Arabic dates in every separator, with an optional time', () => {
    expect(iso('2015年6月5日')).toBe('2015-06-05');
    expect(iso('发布日期:2022-04-21来源:法库县')).toBe('2022-04-21');
    expect(iso('2023/3/9')).toBe('2023-03-09');
    expect(iso('2023.03.09')).toBe('2023-03-09');
    expect(iso('2023-03-20 10:30:15')).toBe('2023-03-20T10:30:15+08:00');
    expect(iso('2016年01月21日 09:05')).toBe('2016-01-21T09:05:00+08:00');
  });

  it('reads Chinese-numeral dates with 〇, 零, ○ or O for zero', () => {
    expect(iso('二〇一五年六月五日')).toBe('2015-06-05');
    expect(iso('二零二零年十二月三十一日')).toBe('2020-12-31');
    expect(iso('二○一九年十月二十日')).toBe('2019-10-20');
    expect(iso('二O二一年一月十一日')).toBe('2021-01-11');
  });

  it('rejects dates that do not exist', () => {
    expect(iso('2023年2月30日')).toBeNull();
    expect(iso('二〇二三年二月三十日')).toBeNull();
    expect(iso('2023-13-01')).toBeNull();
    expect(iso('1900年1月1日')).toBeNull();
  });

  it('tells a date line from a sentence containing a date', () => {
    expect(dateOnlyLine(' 2020年2月28日 ')?.day).toBe(28);
    expect(dateOnlyLine('于2015年7月15日前报市政府办公厅')).toBeNull();
  });

  it('turns a day into midnight in China', () => {
    expect(chinaDateToDate('2015-06-05').toISOString()).toBe('2015-06-04T16:00:00.000Z');
    expect(chinaDateToDate('2022-04-21T09:30:00+08:00').toISOString()).toBe(
      '2022-04-21T01:30:00.000Z',
    );
  });
});
