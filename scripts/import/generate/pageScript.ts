import iconv from 'iconv-lite';
import { Converter } from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { Random } from '../../seed/random';
import type { PageEncoding, PageScript } from './pageTypes';

/** How one page writes its texts: script, converter pinyin, what its encoding can hold. */
export interface PageText {
  /** A legitimate text as the truth records it: in the page's script, fitted to the encoding. */
  truth(text: string): string;
  /** The same text as the page shows it (with pinyin annotations on pinyin pages). */
  show(text: string): string;
  /** An injected spam text as the page shows it (never annotated). */
  spam(text: string): string;
}

type Convert = (text: string) => string;
let converters: { hk: Convert; tw: Convert } | null = null;

/*
 * Characters a page converter annotates with their reading. Converters annotate a fixed set of
 * characters wherever they occur (區(qū), 發(fā), 網(wǎng)), so each page samples a set from both scripts.
 */
const ANNOTATED = [
  ...'区區发發网網据據联聯现現规規系係务務实實际際应應当當关關设設达達标標准準对對导導题題经經济濟质質类類产產业業过過还還进進报報广廣议議总總农農医醫卫衛资資费費环環监監测測体體员員专專项項长長转轉变變价價强強调調线線级級会會',
];
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

export function pageText(
  random: Random,
  script: PageScript,
  annotate: boolean,
  encoding: PageEncoding,
): PageText {
  converters ??= {
    hk: Converter({ from: 'cn', to: 'hk' }),
    tw: Converter({ from: 'cn', to: 'tw' }),
  };
  const convert: Convert =
    script === 'traditional'
      ? random.chance(0.5)
        ? converters.hk
        : converters.tw
      : (text) => text;
  const fit = fitter(encoding);
  const annotated = annotate ? new Set(random.sample(ANNOTATED, random.int(20, 50))) : null;
  // Hacked traditional pages carry spam in either script; Big5 can only hold traditional.
  const spamConverted = script === 'traditional' && (encoding === 'BIG5' || random.chance(0.5));
  const truth = (text: string): string => fit(convert(text));
  return {
    truth,
    show: annotated ? (text) => annotatePinyin(truth(text), annotated) : truth,
    spam: (text) => fit(spamConverted ? convert(text) : text),
  };
}

/** Inserts the reading after every annotated character: 發布 → 發(fā)布. */
export function annotatePinyin(text: string, annotated: ReadonlySet<string>): string {
  if (![...text].some((char) => annotated.has(char))) return text;
  const readings = pinyin(text, { type: 'all' });
  if (readings.map((item) => item.origin).join('') !== text) return text;
  return readings
    .map((item) =>
      annotated.has(item.origin) && item.isZh && TONE_MARK.test(item.pinyin)
        ? `${item.origin}(${item.pinyin})`
        : item.origin,
    )
    .join('');
}

const big5Fits = new Map<string, string>();

/** Replaces what the encoding cannot hold, so that the truth and the bytes agree. */
function fitter(encoding: PageEncoding): Convert {
  if (encoding !== 'BIG5') return (text) => text;
  return (text) => {
    let out = '';
    for (const char of text) {
      let fitted = big5Fits.get(char);
      if (fitted === undefined) {
        fitted =
          iconv.decode(iconv.encode(char, 'big5'), 'big5') === char ? char : substitute(char);
        big5Fits.set(char, fitted);
      }
      out += fitted;
    }
    return out;
  };
}

/** Hong Kong forms Big5 lacks (税, 閲) have a Taiwan form it has; anything else is dropped. */
function substitute(char: string): string {
  const taiwan = converters?.tw(char) ?? char;
  if (taiwan !== char && iconv.decode(iconv.encode(taiwan, 'big5'), 'big5') === taiwan)
    return taiwan;
  return char === '•' || char === '▪' ? '·' : '';
}
