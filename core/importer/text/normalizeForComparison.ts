import { foldFullWidth, toSimplified } from '../../text';

const FOLDED = /[\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}\s]/gu;

/**
 * The form two renderings of one notice share: simplified characters, ASCII for full-width
 * forms, lower case, without whitespace, punctuation, symbols or invisible characters. A
 * traditional page (各縣（市）區人民政府：) and its simplified original (各县(市)区人民政府:)
 * normalise to the same string, for dedupe and near-duplicate comparison. Remove pinyin
 * annotations first (removePinyinAnnotations): their letters would stay.
 */
export function normalizeForComparison(text: string): string {
  return toSimplified(foldFullWidth(text)).replace(FOLDED, '').toLowerCase();
}
