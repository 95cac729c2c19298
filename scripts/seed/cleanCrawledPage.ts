import { isCrawlChrome, stripPinyinAnnotations } from './crawlChrome';

/** Why a line of a crawled page did not make it into the notice body. */
export type RemovedLineReason = 'title' | 'meta' | 'header' | 'footer' | 'chrome';

export interface RemovedLine {
  line: string;
  reason: RemovedLineReason;
}

/** A crawled notice page reduced to the document as published. */
export interface CleanedPage {
  /** The document title, or null when the page does not print it (e.g. the Anshan page). */
  title: string | null;
  /** A column tag printed in front of the title, e.g. `政务公开制度` from `【政务公开制度】…`. */
  titleTag: string | null;
  /** 发布日期 from the page header (`YYYY-MM-DD`), when printed. */
  publishedAt: string | null;
  /** 来源 from the page header, when printed. */
  source: string | null;
  /** The signing organisation on the line before the closing date, when there is one. */
  issuer: string | null;
  /** 成文日期: the closing date of the document (`YYYY-MM-DD`). */
  signedAt: string | null;
  /** The document, one paragraph per entry, from the salutation to the closing date and note. */
  paragraphs: string[];
  /** Every non-empty line that was dropped, with the reason. */
  removed: RemovedLine[];
}

const SALUTATION = /^各.*[:：]$/u;
const META = /发布日期[:：]\s*(\d{4}-\d{2}-\d{2})/u;
const META_SOURCE = /来源[:：]\s*(\S.*)$/u;
const TAGGED_TITLE = /^【([^】]+)】\s*(\S.*)$/u;
const CLOSING_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u;
const CLOSING_NOTE = /^[(（]此件.*[)）]$/u;
const SIGNATURE = /(?:人民政府|政府|办公室|辦公室|办公厅|辦公廳|局|委员会|委員會|办事处|辦事處)$/u;
const MAX_SIGNATURE_LENGTH = 40;
const TRIM = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu;

/**
 * Cleans the text of a crawled notice page: drops site chrome (navigation, 繁體轉換, breadcrumbs,
 * 访问量, ICP/police filings, 网站标识码 and other footer lines) and the pinyin annotations that
 * simplified-to-traditional converters leave behind (`網(wǎng)` → `網`), and picks out the title,
 * header dates, signature and closing date. The body text itself is kept exactly as printed:
 * wording, script, punctuation and even numbering the crawl lost.
 */
export function cleanCrawledPage(raw: string): CleanedPage {
  const lines = raw
    .split(/\r?\n/u)
    .map((line) => stripPinyinAnnotations(line).replace(TRIM, ''))
    .filter((line) => line !== '');
  const removed: RemovedLine[] = [];
  const page: CleanedPage = {
    title: null,
    titleTag: null,
    publishedAt: null,
    source: null,
    issuer: null,
    signedAt: null,
    paragraphs: [],
    removed,
  };

  const metaAt = lines.findIndex((line) => META.test(line));
  const salutationAt = lines.findIndex((line) => SALUTATION.test(line));
  const start = salutationAt >= 0 ? salutationAt : metaAt + 1;
  for (let i = 0; i < start; i++) {
    const line = lines[i];
    const meta = META.exec(line);
    const tagged = TAGGED_TITLE.exec(line);
    if (meta) {
      page.publishedAt = meta[1];
      page.source = META_SOURCE.exec(line)?.[1].trim() ?? null;
      removed.push({ line, reason: 'meta' });
    } else if (i === metaAt - 1 && !isCrawlChrome(line)) {
      page.title = line;
      removed.push({ line, reason: 'title' });
    } else if (tagged && metaAt < 0) {
      page.titleTag = tagged[1];
      page.title = tagged[2];
      removed.push({ line, reason: 'title' });
    } else {
      removed.push({ line, reason: isCrawlChrome(line) ? 'chrome' : 'header' });
    }
  }

  let end = lines.length - 1;
  let closingAt = -1;
  for (let i = lines.length - 1; i >= start; i--) {
    if (CLOSING_DATE.test(lines[i])) {
      closingAt = i;
      break;
    }
  }
  if (closingAt >= 0) {
    const date = CLOSING_DATE.exec(lines[closingAt]);
    if (date) page.signedAt = `${date[1]}-${pad(date[2])}-${pad(date[3])}`;
    end =
      closingAt + 1 < lines.length && CLOSING_NOTE.test(lines[closingAt + 1])
        ? closingAt + 1
        : closingAt;
    const signature = lines[closingAt - 1];
    if (
      closingAt - 1 >= start &&
      signature.length <= MAX_SIGNATURE_LENGTH &&
      SIGNATURE.test(signature)
    ) {
      page.issuer = signature;
    }
  }
  for (let i = start; i <= end; i++) {
    if (isCrawlChrome(lines[i])) removed.push({ line: lines[i], reason: 'chrome' });
    else page.paragraphs.push(lines[i]);
  }
  for (let i = end + 1; i < lines.length; i++) {
    removed.push({ line: lines[i], reason: isCrawlChrome(lines[i]) ? 'chrome' : 'footer' });
  }
  return page;
}

function pad(value: string): string {
  return value.padStart(2, '0');
}
