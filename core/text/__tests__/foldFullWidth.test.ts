import { foldFullWidth } from '../foldFullWidth';

describe('foldFullWidth', () => {
  it('folds full-width ASCII and the ideographic space one unit for one', () => {
    const input = '粤府办［２０１３］５２号（ＡＢｃ）／－　x';
    const folded = foldFullWidth(input);
    expect(folded).toBe('粤府办[2013]52号(ABc)/- x');
    expect(folded).toHaveLength(input.length);
  });

  it('leaves Chinese text, CJK brackets and enclosed numerals alone', () => {
    expect(foldFullWidth('国办发〔2013〕①㈠號')).toBe('国办发〔2013〕①㈠號');
  });
});
