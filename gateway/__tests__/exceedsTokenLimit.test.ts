import { exceedsTokenLimit } from '../limits/exceedsTokenLimit';

describe('exceedsTokenLimit', () => {
  it('counts the tokens of a document', () => {
    const query = '{ sites { id name } }'; // { sites { id name } } = 7 tokens
    expect(exceedsTokenLimit(query, 7)).toBe(false);
    expect(exceedsTokenLimit(query, 6)).toBe(true);
  });

  it('does not count comments or white space', () => {
    expect(exceedsTokenLimit(`# ${'x'.repeat(100)}\n{ sites { id } }`, 6)).toBe(false);
  });

  it('refuses a long flat selection', () => {
    expect(exceedsTokenLimit(`{ sites { ${'id '.repeat(6000)}} }`)).toBe(true);
    expect(exceedsTokenLimit(`{ sites { ${'id '.repeat(1000)}} }`)).toBe(false);
  });

  it('leaves syntax errors to Apollo', () => {
    expect(exceedsTokenLimit(`{ sites { ${'id '.repeat(10)}`, 5)).toBe(true);
    expect(exceedsTokenLimit(`{ sites { ) ${'id '.repeat(10)}`, 10)).toBe(false);
  });
});
