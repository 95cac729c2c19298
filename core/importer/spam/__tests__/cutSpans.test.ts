import { cutSpans, mergeSpans } from '../cutSpans';
import { toMatchingText, originalRange } from '../matchingText';

describe('mergeSpans and cutSpans', () => {
  const text = '百家乐 | 太阳城 正文第一句。 新葡京';
  it('merges spans that overlap or touch across separators, keeping the stronger reason', () => {
    expect(
      mergeSpans(text, [
        { start: 6, end: 9, reason: 'GAMBLING_KEYWORDS' },
        { start: 0, end: 3, reason: 'PLACE_NAME_LIST' },
      ]),
    ).toEqual([{ start: 0, end: 9, reason: 'PLACE_NAME_LIST' }]);
  });

  it('cuts the spans with the list separators around them, and leaves sentence punctuation', () => {
    expect(
      cutSpans(text, [
        { start: 0, end: 9, reason: 'SPAM_HEAD' },
        { start: 17, end: 20, reason: 'SPAM_TAIL' },
      ]),
    ).toBe('正文第一句。');
    expect(cutSpans('百家乐 | ', [{ start: 0, end: 3, reason: 'SPAM_HEAD' }])).toBeNull();
  });
});

describe('toMatchingText', () => {
  it('simplifies, folds and lower-cases, and maps matches back over removed zero-width characters', () => {
    const matching = toMatchingText('賭\u200b場ＰＫ１０');
    expect(matching.text).toBe('赌场pk10');
    expect(originalRange(matching, 0, 2)).toEqual([0, 3]);
    expect(originalRange(matching, 2, 6)).toEqual([3, 7]);
  });
});
