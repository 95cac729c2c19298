import type { Level } from '../../levels/level';
import type { MandateInput } from '../types';
import { validateMandate } from '../validateMandate';
import { errorField, inputError } from './inputError';
import { FAKU, LIAONING, SHENYANG } from './fixtures';

function input(overrides: Partial<MandateInput> = {}): MandateInput {
  return { levels: ['CITY', 'COUNTY'], deadlineHours: 48, ...overrides };
}

describe('validateMandate', () => {
  it('returns the mandate with levels in LEVELS order and no region', () => {
    expect(validateMandate(input(), LIAONING)).toEqual({
      levels: ['COUNTY', 'CITY'],
      regionCode: null,
      deadlineHours: 48,
    });
    expect(validateMandate(input({ regionCode: null }), LIAONING).regionCode).toBeNull();
  });

  it.each([
    ['no levels', [], LIAONING],
    ['a repeated level', ['CITY', 'COUNTY', 'CITY'], LIAONING],
    ["the origin's own level", ['PROVINCE'], LIAONING],
    ['a level as high as the origin', ['CITY', 'COUNTY'], SHENYANG],
    ['a higher level', ['PROVINCE'], SHENYANG],
    ['any level from a county', ['COUNTY'], FAKU],
    ['an unknown level', ['TOWN'], LIAONING],
  ])('refuses %s (mandate.levels)', (_what, levels, origin) => {
    expect(errorField(() => validateMandate(input({ levels: levels as Level[] }), origin))).toBe(
      'mandate.levels',
    );
  });

  it('lets a city require its counties', () => {
    expect(validateMandate(input({ levels: ['COUNTY'] }), SHENYANG).levels).toEqual(['COUNTY']);
  });

  it.each([1, 24, 720])('accepts %d hours', (deadlineHours) => {
    expect(validateMandate(input({ deadlineHours }), LIAONING).deadlineHours).toBe(deadlineHours);
  });

  it.each([0, -1, 721, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses %d hours (mandate.deadlineHours)',
    (deadlineHours) => {
      const error = inputError(() => validateMandate(input({ deadlineHours }), LIAONING));
      expect(error.extensions.field).toBe('mandate.deadlineHours');
      expect(error.message).toMatch(/1 to 720/);
    },
  );

  it.each([
    [LIAONING, '21'],
    [LIAONING, '2103'],
    [LIAONING, '210321'],
    [LIAONING, '210000'],
    [SHENYANG, '2101'],
    [SHENYANG, '210100'],
    [SHENYANG, '210124'],
  ])('%#: accepts a region inside the origin region (%s)', (origin, regionCode) => {
    const mandate = validateMandate(input({ levels: ['COUNTY'], regionCode }), origin);
    expect(mandate.regionCode).toBe(regionCode);
  });

  it('trims the region code', () => {
    expect(validateMandate(input({ regionCode: ' 2101 ' }), LIAONING).regionCode).toBe('2101');
  });

  it.each([
    [LIAONING, '', 'digits'],
    [LIAONING, '2', 'digits'],
    [LIAONING, '210', 'digits'],
    [LIAONING, '2101001', 'digits'],
    [LIAONING, '21a1', 'digits'],
    [LIAONING, '36', 'outside'],
    [LIAONING, '360100', 'outside'],
    [SHENYANG, '21', 'outside'],
    [SHENYANG, '210000', 'outside'],
    [SHENYANG, '2103', 'outside'],
    [SHENYANG, '210321', 'outside'],
  ])('%#: refuses region %s of %s (mandate.regionCode)', (origin, regionCode, message) => {
    const error = inputError(() =>
      validateMandate(input({ levels: ['COUNTY'], regionCode }), origin),
    );
    expect(error.extensions.field).toBe('mandate.regionCode');
    expect(error.message).toContain(message);
  });
});
