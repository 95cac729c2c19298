import { isProse } from './runFeatures';
import type { Token } from './tokenize';

/** At most this many characters of other text glued to a spam run are taken as part of it. */
const FRAGMENT_REACH = 4;
/** Ordinals, dates and annex labels: the structure of the notice (第一条, 2022年, 附件). */
const NUMBERED =
  /第[一二三四五六七八九十百零〇\d]+[条章节款项部编篇]?|[一二三四五六七八九十]+、|\d{4}年|\d{1,2}月|\d{1,2}日|附件|[（(][一二三四五六七八九十\d]+[）)]/u;

/**
 * Widens a spam run over a few characters glued to it up to the next list separator or the
 * block's edge: 香港六合彩, 网上赌场排名, 幸运飞艇计划群 are one spam item, not a keyword in a
 * sentence. A fragment ended by prose punctuation (各单位：) is a sentence's and stays.
 */
export function absorbFragments(
  tokens: readonly Token[],
  first: number,
  last: number,
  text: string,
): [number, number] {
  const reach = (from: number, step: 1 | -1): number => {
    let length = 0;
    let fragment = '';
    let i = from + step;
    while (tokens[i] && ['other', 'context', 'ascii'].includes(tokens[i].kind)) {
      const piece = text.slice(tokens[i].start, tokens[i].end);
      // Context words are spam's own vocabulary; dates and names are text and count.
      if (tokens[i].kind !== 'context') length += piece.length;
      fragment += piece;
      i += step;
    }
    const stop = tokens[i];
    const edge =
      stop === undefined || stop.kind === 'break' || (stop.kind === 'sep' && !isProse(stop, text));
    // Numbers, dates and ordinals are the notice's own (…葡京官网第一条 为规范…).
    const numbered = NUMBERED.test(fragment);
    return i !== from + step && edge && !numbered && length <= FRAGMENT_REACH ? i - step : from;
  };
  return [reach(first, -1), reach(last, 1)];
}

/** At most this many characters of other text between a spam run and its contact. */
const CONTACT_REACH = 8;

/**
 * Widens a spam run to the QQ, WeChat, phone or web address it advertises (百家乐开户请联系QQ：8888),
 * when only a few words stand between them in the same sentence.
 */
export function reachContacts(
  tokens: readonly Token[],
  first: number,
  last: number,
): [number, number] {
  const reach = (from: number, step: 1 | -1): number => {
    let other = 0;
    for (let i = from + step; tokens[i] && tokens[i].kind !== 'break'; i += step) {
      if (tokens[i].kind === 'contact' || tokens[i].kind === 'phone') return i;
      if (tokens[i].kind === 'other') other += tokens[i].end - tokens[i].start;
      if (other > CONTACT_REACH) break;
    }
    return from;
  };
  return [reach(first, -1), reach(last, 1)];
}
