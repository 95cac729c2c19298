import { createHash } from 'node:crypto';
import type { FeedPage, FeedRequest } from './FeedSource';
import { lastUpdated } from './libraryFeed';

/**
 * Bump when the rendering changes, so that clients holding an old ETag get
 * the new bytes instead of a 304.
 */
const RENDERING_VERSION = 1;

export interface FeedValidators {
  /** Strong: a hash of everything the body is made of. */
  etag: string;
  /** The newest item's updatedAt; null for an empty page. */
  lastModified: Date | null;
}

/**
 * Computed before rendering, so that a 304 costs no rendering. Everything
 * that goes into the body is hashed, not only ids and updatedAt: a site's or
 * a repost's source site's name changes the body without changing an item.
 */
export function feedValidators(
  page: FeedPage,
  request: FeedRequest,
  selfUrl: string,
): FeedValidators {
  const hash = createHash('sha256')
    .update(JSON.stringify([RENDERING_VERSION, request.format, selfUrl, page]))
    .digest('base64url');
  return { etag: `"${hash}"`, lastModified: lastUpdated(page) };
}
