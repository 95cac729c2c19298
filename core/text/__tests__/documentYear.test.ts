import { documentYearProblem } from '../documentYear';

describe('documentYearProblem', () => {
  it.each([1949, 2013, 2100])('accepts %i', (year) => {
    expect(documentYearProblem(year)).toBeNull();
  });

  it.each([1948, 2101, 2913])('rejects %i with the range', (year) => {
    expect(documentYearProblem(year)).toBe(`year ${year} is outside 1949..2100`);
  });
});
