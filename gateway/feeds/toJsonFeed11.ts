import type { FeedLinks } from './feedLinks';
import type { FeedItem, FeedPage } from './FeedSource';
import { httpUrl } from './httpUrl';
import { summaryText } from './itemText';
import { FEED_LANGUAGE } from './libraryFeed';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** The govhub extension object of a JSON Feed item (`_govhub`). */
export interface GovhubJsonExtension {
  docNumber: string | null;
  issuer: string | null;
  indexNumber: string | null;
  status: string;
  source: { siteName: string; link: string | null; noticeId: string } | null;
}

type JsonObject = Record<string, unknown>;

/**
 * The library writes JSON Feed 1 (a single `author`, no `language`); this
 * makes it JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): `authors`
 * arrays, `language`, `next_url` for the older page, and per item
 * `content_text`, `summary`, `external_url` (a repost's original) and the
 * `_govhub` extension.
 */
export function toJsonFeed11(json1: string, page: FeedPage, links: FeedLinks): string {
  const { author, items, ...feed } = JSON.parse(json1) as JsonObject & { items: JsonObject[] };
  const jsonFeed: JsonObject = {
    ...feed,
    version: JSON_FEED_VERSION,
    language: FEED_LANGUAGE,
    ...(author ? { authors: [author] } : {}),
    ...(links.next ? { next_url: links.next } : {}),
    items: items.map((jsonItem, index) => {
      const item = page.items[index];
      if (!item)
        throw new Error(`the JSON Feed has ${items.length} items, the page ${page.items.length}`);
      return toItem11(jsonItem, item);
    }),
  };
  return JSON.stringify(jsonFeed, null, 2);
}

function toItem11({ author, ...jsonItem }: JsonObject, item: FeedItem): JsonObject {
  const source = item.source && { ...item.source, link: httpUrl(item.source.link) };
  const govhub: GovhubJsonExtension = {
    docNumber: item.docNumber,
    issuer: item.issuer,
    indexNumber: item.indexNumber,
    status: item.status,
    source,
  };
  return {
    ...jsonItem,
    ...(author ? { authors: [author] } : {}),
    content_text: summaryText(item),
    ...(item.summary.trim() ? { summary: item.summary.trim() } : {}),
    ...(source?.link ? { external_url: source.link } : {}),
    _govhub: govhub,
  };
}
