import { inRegion, regionPrefix } from '../regionScope';
import { FAKU, LIAONING, SHENYANG } from './fixtures';

describe('regionPrefix', () => {
  it('takes 2 digits for a province, 4 for a city, 6 for a county', () => {
    expect(regionPrefix(LIAONING)).toBe('21');
    expect(regionPrefix(SHENYANG)).toBe('2101');
    expect(regionPrefix(FAKU)).toBe('210124');
  });
});

describe('inRegion', () => {
  it.each([
    ['210124', '21', true],
    ['210124', '2101', true],
    ['210124', '210124', true],
    ['210321', '2101', false],
    ['360121', '21', false],
    ['210100', '210124', false],
  ])('%s in %s: %s', (code, prefix, expected) => {
    expect(inRegion(code, prefix)).toBe(expected);
  });

  it('reads trailing 00 pairs as the larger unit', () => {
    expect(inRegion('210321', '210000')).toBe(true); // 辽宁
    expect(inRegion('210124', '210100')).toBe(true); // 沈阳
    expect(inRegion('210321', '210100')).toBe(false);
    expect(inRegion('360121', '210000')).toBe(false);
  });
});
