import type { FeedItem, FeedPage } from './FeedSource';

/**
 * Everything XML 1.0 cannot carry, even escaped: C0 controls but tab and line
 * breaks, lone surrogates, U+FFFE and U+FFFF. Crawled notices do contain
 * such characters (form feeds, vertical tabs from Word documents).
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlCharacters(text: string): string {
  return text.replace(NOT_XML, '');
}

/** The page with every text stripped of what XML cannot carry; the same for every format. */
export function cleanFeedPage(page: FeedPage): FeedPage {
  return {
    site: {
      id: page.site.id,
      name: xmlCharacters(page.site.name),
      url: xmlCharacters(page.site.url),
    },
    title: xmlCharacters(page.title),
    items: page.items.map(cleanItem),
    nextBefore: page.nextBefore,
  };
}

function cleanItem(item: FeedItem): FeedItem {
  const text = (value: string | null) => (value === null ? null : xmlCharacters(value));
  return {
    ...item,
    id: xmlCharacters(item.id),
    title: xmlCharacters(item.title),
    link: xmlCharacters(item.link),
    docNumber: text(item.docNumber),
    issuer: text(item.issuer),
    category: text(item.category),
    indexNumber: text(item.indexNumber),
    summary: xmlCharacters(item.summary),
    status: xmlCharacters(item.status),
    source: item.source && {
      siteName: xmlCharacters(item.source.siteName),
      link: xmlCharacters(item.source.link),
      noticeId: xmlCharacters(item.source.noticeId),
    },
  };
}
