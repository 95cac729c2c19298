import { foldFullWidth } from '../text/foldFullWidth';

/** Text prepared for 文号 matching, with the input offset of every remaining UTF-16 unit. */
export interface FoldedText {
  text: string;
  /** `sourceIndex[i]` is the offset in the input of `text[i]`. */
  sourceIndex: number[];
}

/*
 * Pages crawled through a simplified-to-traditional converter carry the pinyin of polyphonic
 * characters in brackets right after them: 遼政辦發(fā)〔2015〕13號 (see the Anshan fixture).
 * That is conversion noise, not part of the 文号. Only bracketed lower-case Latin with at least
 * one tone mark counts, so ordinary bracketed text such as 县(市) is left alone.
 */
const PINYIN_ANNOTATION =
  /(?<=\p{Script=Han})\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/gu;

/**
 * Folds full-width forms, writes the traditional 號 as 号 and drops pinyin annotations, so one
 * pattern matches every way sites print a 文号. Offsets map back to the input so callers can
 * quote the original text.
 */
export function foldDocNumberText(input: string): FoldedText {
  const folded = foldFullWidth(input).replace(/號/g, '号');
  let text = '';
  const sourceIndex: number[] = [];
  let from = 0;
  for (const match of folded.matchAll(PINYIN_ANNOTATION)) {
    copy(from, match.index);
    from = match.index + match[0].length;
  }
  copy(from, folded.length);
  return { text, sourceIndex };

  function copy(start: number, end: number): void {
    text += folded.slice(start, end);
    for (let i = start; i < end; i++) sourceIndex.push(i);
  }
}
