import { Feed } from 'feed';
import type { Item } from 'feed';
import type { FeedLinks } from './feedLinks';
import { feedTagUri, noticeTagUri } from './feedIds';
import type { FeedItem, FeedPage, FeedRequest } from './FeedSource';
import { httpUrl } from './httpUrl';
import { escapeHtml, itemCategories, itemTitle, summaryHtml } from './itemText';

export const FEED_LANGUAGE = 'zh-CN';

/** An empty page has no date of its own; a fixed one keeps its bytes (and its ETag) stable. */
const NO_UPDATES = new Date(0);

/** The newest updatedAt of the page; null when it has no items. */
export function lastUpdated(page: FeedPage): Date | null {
  const newest = Math.max(...page.items.map((item) => item.updatedAt.getTime()));
  return Number.isFinite(newest) ? new Date(newest) : null;
}

/**
 * The page as the `feed` package's Feed: what the package renders well.
 * What it cannot (paging links, namespaced metadata, 来源, JSON Feed 1.1) is
 * added to its output per format (addRssExtensions, addAtomExtensions,
 * toJsonFeed11).
 */
export function libraryFeed(page: FeedPage, request: FeedRequest, links: FeedLinks): Feed {
  const siteUrl = httpUrl(page.site.url);
  if (siteUrl === null) throw new Error(`site ${page.site.id} has no http(s) URL`);
  const feed = new Feed({
    id: feedTagUri(request),
    title: page.title,
    description: page.title,
    link: siteUrl,
    language: FEED_LANGUAGE,
    updated: lastUpdated(page) ?? NO_UPDATES,
    generator: 'govhub',
    feed: links.self,
    feedLinks: { json: links.self },
    author: { name: page.site.name, link: siteUrl },
  });
  for (const item of page.items) feed.addItem(libraryItem(item, siteUrl, request.format));
  return feed;
}

function libraryItem(item: FeedItem, siteUrl: string, format: FeedRequest['format']): Item {
  const title = itemTitle(item);
  return {
    // Atom's title is type="html"; RSS's is plain text, written again by addRssExtensions.
    title: format === 'json' ? title : escapeHtml(title),
    id: noticeTagUri(item.id),
    // A notice without a usable link still needs one (Atom): its site's.
    link: httpUrl(item.link, siteUrl) ?? siteUrl,
    date: item.updatedAt,
    published: item.publishedAt,
    description: summaryHtml(item),
    // Without an issuer the feed's author (the site) applies. RSS's <author> must be an e-mail
    // address: RSS gets dc:creator instead.
    author: format === 'rss' || !item.issuer ? undefined : [{ name: item.issuer }],
    // Atom categories are attributes, which the library does not escape: addAtomExtensions adds them.
    category: format === 'atom' ? undefined : itemCategories(item).map((name) => ({ name })),
  };
}
