import { isNotModified } from '../isNotModified';

const current = { etag: '"abc"', lastModified: new Date('2026-01-31T02:00:00.900Z') };

describe('isNotModified', () => {
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['"x",W/"abc" , "y"', true],
    ['*', true],
    [' * ', true],
    ['"x"', false],
    ['"ab"', false],
    ['abc', false],
    ['"a,b", "abc"', true],
    ['', false],
  ])('If-None-Match: %s → %s', (ifNoneMatch, expected) => {
    expect(isNotModified({ 'if-none-match': ifNoneMatch }, current)).toBe(expected);
  });

  it('compares If-Modified-Since to the second', () => {
    const at = (value: string) => isNotModified({ 'if-modified-since': value }, current);
    expect(at('Sat, 31 Jan 2026 02:00:00 GMT')).toBe(true);
    expect(at('Sat, 31 Jan 2026 02:00:01 GMT')).toBe(true);
    expect(at('Sat, 31 Jan 2026 01:59:59 GMT')).toBe(false);
    expect(at('not a date')).toBe(false);
  });

  it('lets If-None-Match decide alone when present', () => {
    const since = 'Sat, 31 Jan 2026 02:00:00 GMT';
    expect(isNotModified({ 'if-none-match': '"x"', 'if-modified-since': since }, current)).toBe(
      false,
    );
    expect(
      isNotModified(
        { 'if-none-match': '"abc"', 'if-modified-since': 'Thu, 01 Jan 1970 00:00:00 GMT' },
        current,
      ),
    ).toBe(true);
  });

  it('is modified without conditions, and since a time when there is no Last-Modified', () => {
    expect(isNotModified({}, current)).toBe(false);
    expect(
      isNotModified(
        { 'if-modified-since': 'Sat, 31 Jan 2026 02:00:00 GMT' },
        { ...current, lastModified: null },
      ),
    ).toBe(false);
  });
});
