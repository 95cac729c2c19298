import type { Random } from '../../seed/random';
import { composeNotice } from './composeNotice';
import { composeSpam } from './composeSpam';
import { isoDay } from './dayDates';
import { encodePage } from './encodePage';
import { pageText } from './pageScript';
import type {
  GeneratedPage,
  GeneratePageOptions,
  GovLevel,
  PageEncoding,
  PageTruth,
} from './pageTypes';
import { renderHtmlPage } from './renderHtmlPage';
import { renderTextPage } from './renderTextPage';
import type { RenderInput } from './renderTypes';
import { siteChrome } from './siteChrome';
import type { SpamInjection, SpamPlacement } from './spamTypes';
import { spamBrand, spamGame } from './spamVocabulary';

const LEVELS: readonly GovLevel[] = ['county', 'county', 'county', 'city', 'city', 'province'];

/**
 * One crawled government page with its truth: a realistic notice of a county, city or province
 * portal, in HTML or plain text, in the given script and encoding, with the given spam planted.
 * The same random state and options always give the same bytes.
 */
export function generatePage(random: Random, options: GeneratePageOptions): GeneratedPage {
  if (options.encoding === 'BIG5' && (options.script !== 'traditional' || options.pinyin)) {
    throw new Error(
      'a Big5 page must be in traditional script without pinyin (Big5 cannot encode the rest)',
    );
  }
  const level = options.level ?? random.pick(LEVELS);
  const notice = composeNotice(random, level);
  const chrome = siteChrome(random, notice);
  const text = pageText(random, options.script, options.pinyin, options.encoding);
  const spam = separatePlacements(
    options.spam.map((kind) => composeSpam(random, kind, options.format)),
  );
  const spamPage = options.spam.includes('SPAM_PAGE');
  const input: RenderInput = {
    notice,
    chrome,
    text,
    spam,
    spamTitle: spamPage
      ? `${spamBrand(random)}${random.pick(['官网', '官方网站', '娱乐城'])}-${spamGame(random)}${random.pick(['在线', '平台', '开户'])}`
      : null,
    metadataTable: random.chance(0.4),
    declaredCharset: options.format === 'html' ? declaredCharset(random, options.encoding) : null,
  };
  const rendered =
    options.format === 'html' ? renderHtmlPage(random, input) : renderTextPage(random, input);
  const bom = options.format === 'text' && random.chance(0.1);
  const truth: PageTruth =
    input.spamTitle === null
      ? {
          title: text.truth(notice.title),
          docNumber: notice.docNumber === null ? null : text.truth(notice.docNumber),
          indexNumber: input.metadataTable ? notice.indexNumber : null,
          issuer: text.truth(notice.issuer),
          signedAt: isoDay(notice.signedAt),
          publishedAt: isoDay(notice.publishedAt),
          paragraphs: rendered.paragraphs,
          spam: rendered.spam,
          quarantine: false,
        }
      : {
          title: text.spam(input.spamTitle),
          docNumber: null,
          indexNumber: null,
          issuer: text.truth(chrome.source),
          signedAt: isoDay(notice.publishedAt),
          publishedAt: isoDay(notice.publishedAt),
          paragraphs: [],
          spam: [{ kind: 'SPAM_PAGE', text: text.spam(input.spamTitle) }, ...rendered.spam],
          quarantine: true,
        };
  const host = chrome.host.split('.')[1] ?? 'gov';
  const base = chrome.path.slice(chrome.path.lastIndexOf('/') + 1).replace(/\.html$/, '');
  return {
    bytes: encodePage(rendered.page, options.encoding, bom),
    fileName: `${host}-${base}.${options.format === 'html' ? 'html' : 'txt'}`,
    truth,
    options: { ...options, spam: [...options.spam], level },
  };
}

/** Two injections never share a glued paragraph: the second goes above or below the content. */
function separatePlacements(injections: SpamInjection[]): SpamInjection[] {
  const used = new Set<SpamPlacement>();
  return injections.map((injection) => {
    const glued = injection.placement === 'glued-first' || injection.placement === 'glued-last';
    if (glued && used.has(injection.placement)) {
      return {
        ...injection,
        placement: injection.placement === 'glued-first' ? 'content-top' : 'content-bottom',
      };
    }
    used.add(injection.placement);
    return injection;
  });
}

function declaredCharset(random: Random, encoding: PageEncoding): string | null {
  if (random.chance(0.15)) return null;
  switch (encoding) {
    case 'UTF-8':
      return random.chance(0.7) ? 'utf-8' : 'UTF-8';
    case 'GB18030':
      return random.pick(['gb2312', 'gb2312', 'gbk', 'GBK', 'GB18030']);
    case 'BIG5':
      return random.pick(['big5', 'Big5']);
  }
}
