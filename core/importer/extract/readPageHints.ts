import { foldFullWidth } from '../../text/foldFullWidth';
import type { ChinaDate } from './chinaDate';
import { findChinaDate } from './chinaDate';
import type { ExtractHints } from './extractedNotice';

/** What the page says about the notice outside its text: <title>, <meta>, URL, breadcrumb. */
export interface PageHints {
  /** <meta name="ArticleTitle">. */
  articleTitle: string | null;
  /** <title> without the site name. */
  htmlTitle: string | null;
  /** <meta name="PubDate">. */
  pubDate: ChinaDate | null;
  /** A date in the URL path (…/t20220421_123.html). */
  urlDate: ChinaDate | null;
  /** <meta name="ContentSource">. */
  contentSource: string | null;
  /** <meta name="ColumnName">. */
  columnName: string | null;
  /** The last column of the breadcrumb that removeChrome took out. */
  breadcrumbColumn: string | null;
  keywords: string[];
}

const TITLE_SEPARATOR = /\s*(?:\s[-_|–—]\s|[_|]|——|--)\s*/u;
const URL_DATE = /(?:^|[/_t])((?:19|20)\d{2})[-/]?(\d{2})[-/]?(\d{2})(?=[/_.]|$)/;
const BREADCRUMB_SEPARATOR = /\s*(?:>+|»|›|\/)\s*/u;

export function readPageHints(hints: ExtractHints): PageHints {
  const meta = (name: string): string | null => metaTag(hints.metaTags, name);
  const pubDate = meta('PubDate') ?? meta('publishdate') ?? meta('pubdate');
  return {
    articleTitle: meta('ArticleTitle'),
    htmlTitle: titleWithoutSite(hints.htmlTitle ?? null),
    pubDate: pubDate ? (findChinaDate(foldFullWidth(pubDate))?.date ?? null) : null,
    urlDate: dateInUrl(hints.sourceUrl ?? null),
    contentSource: meta('ContentSource'),
    columnName: meta('ColumnName'),
    breadcrumbColumn: lastColumn(hints),
    keywords: (meta('Keywords') ?? '')
      .split(/[,，;；、\s]+/u)
      .map((k) => k.trim())
      .filter((k) => k !== ''),
  };
}

function metaTag(tags: Record<string, string> | undefined, name: string): string | null {
  if (!tags) return null;
  const key = Object.keys(tags).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? '' : tags[key].trim();
  return value === '' ? null : value;
}

/* 法库县政府办公室关于…的意见-法库县人民政府: the site comes after the title. */
function titleWithoutSite(title: string | null): string | null {
  if (!title) return null;
  const parts = title
    .split(TITLE_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return null;
  return [...parts[0]].length >= 4
    ? parts[0]
    : parts.reduce((a, b) => (b.length > a.length ? b : a));
}

function dateInUrl(url: string | null): ChinaDate | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // A relative or malformed address: search it as it is.
  }
  const match = URL_DATE.exec(path);
  return match ? (findChinaDate(`${match[1]}-${match[2]}-${match[3]}`)?.date ?? null) : null;
}

/* 您当前所在位置: 首页>法定主动公开内容>管理公开>政务公开监督保障 → 政务公开监督保障. */
function lastColumn(hints: ExtractHints): string | null {
  const crumb = hints.chromeRemovals?.find((r) => r.reason === 'BREADCRUMB');
  if (!crumb) return null;
  const folded = foldFullWidth(crumb.text);
  const afterLabel = folded.replace(/^[^:>»›]*(?:位置|栏目)\s*:\s*/u, '');
  const columns = afterLabel
    .split(BREADCRUMB_SEPARATOR)
    .map((c) => c.trim())
    .filter((c) => c !== '' && c !== '首页' && c !== '正文');
  const last = columns[columns.length - 1];
  return last === undefined ? null : last;
}
