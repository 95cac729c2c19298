import { foldFullWidth } from '../../text/foldFullWidth';
import { SKIPPED, foldTerm, foldTermCode } from '../foldTermCode';

describe('foldTermCode', () => {
  it('folds full-width forms exactly as foldFullWidth does, and letters to lower case', () => {
    for (let code = 0xff01; code <= 0xff5e; code++) {
      const ascii = foldFullWidth(String.fromCharCode(code)).toLowerCase().charCodeAt(0);
      expect(foldTermCode(code)).toBe(ascii);
    }
    expect(foldTermCode('Ａ'.charCodeAt(0))).toBe('a'.charCodeAt(0));
    expect(foldTermCode('Q'.charCodeAt(0))).toBe('q'.charCodeAt(0));
  });

  it.each([
    ['space', ' '],
    ['tab', '\t'],
    ['newline', '\n'],
    ['carriage return', '\r'],
    ['no-break space (&nbsp;)', '\u00a0'],
    ['ideographic space', '\u3000'],
    ['zero-width space', '\u200b'],
    ['zero-width joiner', '\u200d'],
    ['word joiner', '\u2060'],
    ['byte order mark', '\ufeff'],
    ['soft hyphen', '\u00ad'],
    ['thin space', '\u2009'],
  ])('skips %s', (_what, char) => {
    expect(foldTermCode(char.charCodeAt(0))).toBe(SKIPPED);
  });

  it('keeps Chinese characters, punctuation and digits as they are', () => {
    for (const char of '国家★，。（）〔〕09') {
      expect(foldTermCode(char.charCodeAt(0))).not.toBe(SKIPPED);
    }
    expect(foldTerm('国家　工商 总局')).toBe('国家工商总局');
    expect(foldTerm('内部文件，注意保密')).toBe('内部文件,注意保密');
    expect(foldTerm(' \u3000')).toBe('');
  });
});
