import { addAtomExtensions } from './addAtomExtensions';
import { addRssExtensions } from './addRssExtensions';
import { cleanFeedPage } from './cleanFeedPage';
import { FEED_CONTENT_TYPES } from './feedFormats';
import { feedLinks } from './feedLinks';
import type { FeedPage, FeedRequest } from './FeedSource';
import { libraryFeed } from './libraryFeed';
import { toJsonFeed11 } from './toJsonFeed11';

export interface RenderedFeed {
  body: string;
  /** With `charset=utf-8`. */
  contentType: string;
}

/**
 * A page of a feed in the request's format: RSS 2.0, Atom 1.0 or JSON Feed
 * 1.1, in Chinese (zh-CN), with RFC 5005 paging links: self (`selfUrl`, the
 * URL as requested), first, and next while there are older items.
 */
export function renderFeed(page: FeedPage, request: FeedRequest, selfUrl: string): RenderedFeed {
  const clean = cleanFeedPage(page);
  const links = feedLinks(selfUrl, clean.nextBefore);
  const feed = libraryFeed(clean, request, links);
  const contentType = FEED_CONTENT_TYPES[request.format];
  switch (request.format) {
    case 'rss':
      return { body: addRssExtensions(feed.rss2(), clean, links), contentType };
    case 'atom':
      return { body: addAtomExtensions(feed.atom1(), clean, links), contentType };
    case 'json':
      return { body: toJsonFeed11(feed.json1(), clean, links), contentType };
  }
}
