import type { FeedFormat } from './FeedSource';

/** Each format is served under its own extension: /feeds/sites/<siteId>.rss, .atom, .json. */
export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];

export const FEED_CONTENT_TYPES: Readonly<Record<FeedFormat, string>> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export function isFeedFormat(extension: string): extension is FeedFormat {
  return (FEED_FORMATS as readonly string[]).includes(extension);
}
