import { findContacts } from './findContacts';
import { AMBIGUOUS_BRANDS, CONTEXT_TERMS } from './lexicon';
import { toMatchingText } from './matchingText';
import { placeAt } from './places';
import { meaningfulLength } from './tokenize';

const ITEM_SEPARATOR = /[\s|｜,，、_/／·•:：【】-]+/u;
const ADMIN_SUFFIX = /^(?:市|省|县|区)?$/u;
const BRANDS = new Set(AMBIGUOUS_BRANDS);
const CONTEXT = new Set(CONTEXT_TERMS);
/** Longer leftovers are kept: they may be a short real line. */
const MAX_JUNK = 12;

/**
 * What cutting spam out of a block can leave that is not text: bare city names and casino
 * brands from a spam list (皇冠｜连云港, 永利，), spam's own words, addresses and contacts. Such a block goes
 * whole. A real line left over (（此件公开发布）, 各单位：) has other words and stays.
 */
export function isJunkRemainder(text: string): boolean {
  const matching = toMatchingText(text).text;
  if (meaningfulLength(matching) > MAX_JUNK) return false;
  return matching
    .split(ITEM_SEPARATOR)
    .filter((item) => item !== '')
    .every((item) => {
      if (BRANDS.has(item) || CONTEXT.has(item) || /^[a-z0-9.:/?=&%#@~+]+$/.test(item)) return true;
      if (findContacts(item, []).some((c) => c.start === 0 && c.end === item.length)) return true;
      const place = placeAt(item);
      return place !== null && ADMIN_SUFFIX.test(item.slice(place.name.length));
    });
}
