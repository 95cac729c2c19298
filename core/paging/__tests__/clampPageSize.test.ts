import { BadUserInputError, ErrorCode } from '../../errors';
import { clampPageSize } from '../clampPageSize';

describe('clampPageSize', () => {
  it('uses the default when the client gives no size', () => {
    expect(clampPageSize(undefined)).toBe(20);
    expect(clampPageSize(null)).toBe(20);
    expect(clampPageSize(null, { defaultSize: 50 })).toBe(50);
    expect(clampPageSize(null, { max: 10 })).toBe(10);
  });

  it.each([1, 20, 100])('returns %i unchanged', (first) => {
    expect(clampPageSize(first)).toBe(first);
  });

  it.each([0, -1, 101, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %p', (first) => {
    expect(() => clampPageSize(first)).toThrow(BadUserInputError);
    expect(() => clampPageSize(first)).toThrow('first must be between 1 and 100');
  });

  it('names the field and the limit in the error', () => {
    try {
      clampPageSize(11, { max: 10, field: 'last' });
      throw new Error('expected a throw');
    } catch (error) {
      expect(error).toBeInstanceOf(BadUserInputError);
      const inputError = error as BadUserInputError;
      expect(inputError.message).toBe('last must be between 1 and 10');
      expect(inputError.extensions).toEqual({
        code: ErrorCode.BAD_USER_INPUT,
        field: 'last',
        max: 10,
      });
    }
  });

  it('refuses a default outside the allowed range (a programming error)', () => {
    expect(() => clampPageSize(null, { defaultSize: 200, max: 100 })).toThrow(RangeError);
    expect(() => clampPageSize(null, { defaultSize: 0 })).toThrow(RangeError);
  });
});
