import type { Random } from '../../seed/random';
import type { GeneratePageOptions, GovLevel, PageEncoding, SpamKind } from './pageTypes';

/** The shares of page kinds in a generated corpus. */
export interface PageMix {
  /** Share of HTML pages; the rest are plain text. */
  html: number;
  /** Shares of the encodings (summing to 1). */
  encodings: Readonly<Record<PageEncoding, number>>;
  /** Share of traditional-script pages overall: all Big5 pages, plus some in the other encodings. */
  traditional: number;
  /** Share of pages with converter pinyin (never Big5, which cannot encode tone marks). */
  pinyin: number;
  /** Share of pages with injected spam, SPAM_PAGE included. */
  spam: number;
  /** Share of pages whose whole content is spam (SPAM_PAGE), part of `spam`. */
  spamPage: number;
  /** Among the other spammed pages, the share with two kinds instead of one. */
  twoKinds: number;
  levels: Readonly<Record<GovLevel, number>>;
}

/**
 * The benchmark's corpus: 75 % clean (60 % HTML, 15 % text), 25 % spammed (2 % SPAM_PAGE);
 * 60 % UTF-8, 30 % GB18030, 10 % Big5; 13 % traditional (the Big5 pages and 3 % more); 5 % pinyin.
 */
export const DEFAULT_PAGE_MIX: PageMix = {
  html: 0.8,
  encodings: { 'UTF-8': 0.6, GB18030: 0.3, BIG5: 0.1 },
  traditional: 0.13,
  pinyin: 0.05,
  spam: 0.25,
  spamPage: 0.02,
  twoKinds: 0.3,
  levels: { county: 0.5, city: 0.3, province: 0.2 },
};

const PAGE_SPAM: readonly SpamKind[] = [
  'HIDDEN_LINKS',
  'SPAM_HEAD',
  'SPAM_TAIL',
  'PLACE_NAME_LIST',
  'LINK_FARM',
];

/** Draws the options of one page from a mix. */
export function pickPageOptions(random: Random, mix: PageMix): Required<GeneratePageOptions> {
  const encoding = weighted(random, mix.encodings);
  const big5 = mix.encodings.BIG5;
  const otherShare = 1 - big5;
  const big5Page = encoding === 'BIG5';
  const traditional =
    big5Page ||
    random.chance(otherShare > 0 ? Math.max(0, mix.traditional - big5) / otherShare : 0);
  const pinyin = !big5Page && random.chance(otherShare > 0 ? mix.pinyin / otherShare : 0);
  const format = random.chance(mix.html) ? 'html' : 'text';
  let spam: SpamKind[] = [];
  if (random.chance(mix.spam)) {
    if (random.chance(mix.spam > 0 ? mix.spamPage / mix.spam : 0)) {
      spam = ['SPAM_PAGE'];
    } else {
      const pool =
        format === 'html' ? PAGE_SPAM : PAGE_SPAM.filter((kind) => kind !== 'HIDDEN_LINKS');
      spam = random.sample(pool, random.chance(mix.twoKinds) ? 2 : 1);
    }
  }
  return {
    encoding,
    format,
    script: traditional ? 'traditional' : 'simplified',
    pinyin,
    spam,
    level: weighted(random, mix.levels),
  };
}

function weighted<K extends string>(random: Random, shares: Readonly<Record<K, number>>): K {
  const entries = Object.entries(shares) as [K, number][];
  const total = entries.reduce((sum, [, share]) => sum + share, 0);
  let roll = random.next() * total;
  for (const [key, share] of entries) {
    roll -= share;
    if (roll < 0) return key;
  }
  return entries[entries.length - 1][0];
}
