import type { PageBlock } from '../pageBlock';
import { classifyHref } from './classifyLink';
import { CONTEXT_TERMS } from './lexicon';
import { originalRange, toMatchingText } from './matchingText';
import type { Place } from './places';
import { placeAt } from './places';
import type { SpamSpan } from './spamSpan';
import { termAt } from './termMatcher';

/** One entry of a possible list: a piece of a block's text between list separators. */
interface Item {
  /** Position of the block in the array given, which keys the result. */
  blockIndex: number;
  start: number;
  end: number;
  /** A break (。；) or the edge of a table cell ends any list before (after) this item. */
  breakBefore: boolean;
  breakAfter?: boolean;
  /** filler: spam's own word or a bare casino brand (必发, 官网), which neither makes nor breaks a list. */
  kind: 'place' | 'placeWithSuffix' | 'keyword' | 'filler' | 'other';
  place: Place | null;
  suffix: string;
  strongKeyword: boolean;
  keywords: string[];
}

/** List separators, and sentence breaks, which end a list. */
const LIST_SEPARATOR = /[|｜\s/／_·•\-。！？!?；;]+/gu;
const BREAK = /[。！？!?；;]/u;
const HAS_LIST_SEPARATOR = /[|｜\s/／_·•-]/u;
const ADMIN_SUFFIX =
  /^(?:市|省|县|区|州|盟|地区|特别行政区|(?:[\u4e00-\u9fff]{1,4})?自治[区州县])$/u;
/**
 * How the names in a real directory end (沈阳市政府, 大连新闻网, 北京大学, 南京站): names of
 * governments, media, institutions and places, never a service sold in many cities.
 */
const DIRECTORY_SUFFIX =
  /(?:政府|人大|政协|委员会|委|局|厅|办|办公室|网|门户|站|中心|院|会|党委|团委|法院|检察院|市|省|区|县|州|镇|乡|街道|大学|学院|学校|医院|银行|公司|集团|协会|学会|研究所|博物馆|图书馆|机场|港|馆|园)$/u;
const MIN_ITEMS = 5;
const FILLERS: ReadonlySet<string> = new Set(CONTEXT_TERMS);
const UNJOINABLE_TAGS: ReadonlySet<string> = new Set(['td', 'th', 'tr', 'caption']);
const MAX_ITEM_LENGTH = 15;

/**
 * Finds "spider pool" lists (站群 / 蜘蛛池 SEO spam), keyed by block position in `blocks`: five
 * or more place names or keyword items separated by `|` or spaces, with no sentence punctuation, in one block or across consecutive
 * short blocks (`<li>` items). A list is spam when its items are keywords (北京赛车|重庆时时彩|…),
 * cities from three or more provinces (a government site lists its own province's cities, or
 * the provinces themselves), or one service glued to many cities (北京桑拿 上海桑拿 …). Lists whose
 * blocks mostly link to the site itself or to government sites are directories, never spam.
 */
export function findPlaceNameLists(
  blocks: readonly PageBlock[],
  siteDomains: readonly string[],
): Map<number, SpamSpan[]> {
  const items: Item[] = [];
  blocks.forEach((block, position) => {
    if (!block.hidden) items.push(...itemsOf(block, position));
  });
  const found = new Map<number, SpamSpan[]>();
  let first = 0;
  while (first < items.length) {
    let last = first;
    if (items[first].kind !== 'other') {
      while (
        last + 1 < items.length &&
        items[last + 1].kind !== 'other' &&
        !items[last + 1].breakBefore
      ) {
        last++;
      }
      const list = items.slice(first, last + 1);
      if (list.length >= MIN_ITEMS && isSpiderPool(list, blocks, siteDomains))
        record(list, blocks, found);
    }
    first = last + 1;
  }
  return found;
}

/** Ends any list: long text, or a piece with a sentence break in it. */
const OTHER: Item = {
  blockIndex: -1,
  start: 0,
  end: 0,
  breakBefore: true,
  kind: 'other',
  place: null,
  suffix: '',
  strongKeyword: false,
  keywords: [],
};

function itemsOf(block: PageBlock, position: number): Item[] {
  const matching = toMatchingText(block.text);
  const text = matching.text;
  // Most blocks are prose: one long piece with no list separator ends any list, cheaply.
  if (text.length > MAX_ITEM_LENGTH && !HAS_LIST_SEPARATOR.test(text)) return [OTHER];
  const items: Item[] = [];
  let cursor = 0;
  let breakBefore = false;
  const pieces = [...text.matchAll(LIST_SEPARATOR), { index: text.length, 0: '' }];
  for (const separator of pieces) {
    const end = separator.index ?? text.length;
    if (end > cursor) {
      const piece = text.slice(cursor, end);
      if (piece.length > MAX_ITEM_LENGTH) {
        if (items[items.length - 1] !== OTHER) items.push(OTHER);
      } else {
        const [start, stop] = originalRange(matching, cursor, end);
        items.push({ ...classify(piece), blockIndex: position, start, end: stop, breakBefore });
      }
    }
    breakBefore = BREAK.test(separator[0]);
    cursor = end + separator[0].length;
  }
  // A block that is all list items (one <li>, or a line of a list split over several lines)
  // joins its neighbours like `|` would. Table cells never join (a table of cities is a real
  // document), nor does a block with a sentence, a number or other text in it.
  const first = items[0];
  const last = items[items.length - 1];
  if (first && last && (items.includes(OTHER) || UNJOINABLE_TAGS.has(block.tag))) {
    if (first !== OTHER) first.breakBefore = true;
    if (last !== OTHER) last.breakAfter = true;
  }
  return items;
}

function classify(piece: string): Omit<Item, 'blockIndex' | 'start' | 'end' | 'breakBefore'> {
  const none = { place: null, suffix: '', strongKeyword: false, keywords: [] as string[] };
  const keywords: string[] = [];
  let strongKeyword = false;
  for (let i = 0; i < piece.length; ) {
    const hit = termAt(piece, i);
    if (hit?.kind === 'keyword') {
      keywords.push(hit.term.term);
      strongKeyword ||= hit.term.strong;
    }
    i += hit ? hit.length : 1;
  }
  const place = placeAt(piece);
  const suffix = place ? piece.slice(place.name.length) : '';
  if (keywords.length > 0) {
    // Only a place may come before the keyword in an item: 2020年6月11日巴黎人网址 is a date
    // with spam glued to it, for the keyword check to cut apart.
    const lead = piece.indexOf(keywords[0].toLowerCase());
    const before = piece.slice(0, Math.max(0, lead));
    if (before !== '' && before !== place?.name && !FILLERS.has(before)) {
      return { kind: 'other', ...none };
    }
    return { kind: 'keyword', place, suffix, keywords, strongKeyword };
  }
  if (!place) return { kind: FILLERS.has(piece) ? 'filler' : 'other', ...none };
  if (suffix === '' || ADMIN_SUFFIX.test(suffix)) return { ...none, kind: 'place', place, suffix };
  if (suffix.length <= 8 && !/[，,、]/u.test(suffix)) {
    return { ...none, kind: 'placeWithSuffix', place, suffix };
  }
  return { kind: 'other', ...none };
}

function isSpiderPool(
  list: readonly Item[],
  blocks: readonly PageBlock[],
  siteDomains: readonly string[],
): boolean {
  const provinces = new Set(list.flatMap((item) => (item.place ? [item.place.province] : [])));
  // Keywords led by place names (北京赛车|重庆时时彩): a plain run of keywords is left to the
  // keyword check, which names it for what it is.
  const keywordItems = list.filter((item) => item.kind === 'keyword');
  const placeLed = list.filter((item) => item.place !== null).length;
  const distinctKeywords = new Set(keywordItems.flatMap((item) => item.keywords));
  const keywordList = keywordItems.length >= 2 && placeLed >= 2;
  if (keywordList && keywordItems.some((item) => item.strongKeyword)) return true;
  if (isDirectory(list, blocks, siteDomains)) return false;
  if (keywordList && distinctKeywords.size >= 4) return true;

  const places = list.filter((item) => item.kind === 'place');
  const provinceLevel = places.filter((item) => item.place?.provinceLevel).length;
  // Spider pools write bare names (北京|上海|广州); a document's list says 南京市 杭州市.
  const bare = places.filter((item) => item.suffix === '').length;
  const spread = provinces.size >= 3 && provinceLevel < list.length * 0.8;
  if (places.length >= list.length * 0.6 && bare > places.length / 2 && spread) return true;
  // Cities with services glued to some of them: 盐城|东莞必发网址|南阳快排SEO|镇江|泰州刷单. A
  // service is a spam keyword or a word glued to several cities (北京朝阳 上海浦东 is places).
  const suffixCount = new Map<string, number>();
  for (const item of list) suffixCount.set(item.suffix, (suffixCount.get(item.suffix) ?? 0) + 1);
  const sold = list.filter(
    (item) =>
      item.kind === 'keyword' ||
      (item.kind === 'placeWithSuffix' &&
        (suffixCount.get(item.suffix) ?? 0) >= 2 &&
        !DIRECTORY_SUFFIX.test(item.suffix)),
  ).length;
  if (placeLed >= list.length * 0.8 && spread && sold >= 2 && bare + sold >= list.length * 0.6) {
    return true;
  }
  // One service sold in many cities: 北京桑拿 上海桑拿 广州桑拿 …
  const bySuffix = new Map<string, number>();
  for (const item of list) {
    if (item.place && item.suffix !== '' && !ADMIN_SUFFIX.test(item.suffix)) {
      bySuffix.set(item.suffix, (bySuffix.get(item.suffix) ?? 0) + 1);
    }
  }
  return [...bySuffix].some(
    ([suffix, count]) =>
      count >= MIN_ITEMS && !DIRECTORY_SUFFIX.test(suffix) && provinces.size >= 2,
  );
}

/** The list's blocks link mostly to the site itself or to government and official sites. */
function isDirectory(
  list: readonly Item[],
  blocks: readonly PageBlock[],
  siteDomains: readonly string[],
): boolean {
  const indexes = new Set(list.map((item) => item.blockIndex));
  const links = [...indexes]
    .flatMap((index) => blocks[index]?.links ?? [])
    .filter((l) => !l.hidden);
  if (links.length === 0) return false;
  const trusted = links.filter(
    (link) => classifyHref(link.href, siteDomains).target !== 'external',
  );
  return trusted.length >= links.length / 2;
}

function record(
  list: readonly Item[],
  blocks: readonly PageBlock[],
  found: Map<number, SpamSpan[]>,
): void {
  const byBlock = new Map<number, Item[]>();
  for (const item of list)
    byBlock.set(item.blockIndex, [...(byBlock.get(item.blockIndex) ?? []), item]);
  for (const [blockIndex, items] of byBlock) {
    if (!blocks[blockIndex]) continue;
    const span: SpamSpan = {
      start: items[0].start,
      end: items[items.length - 1].end,
      reason: 'PLACE_NAME_LIST',
    };
    found.set(blockIndex, [...(found.get(blockIndex) ?? []), span]);
  }
}
