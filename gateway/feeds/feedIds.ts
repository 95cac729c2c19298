import type { FeedRequest } from './FeedSource';

/**
 * RFC 4151 tag URIs. Readers key their "already read" state on entry ids, so
 * the ids must never change: they name the notice only, not the hub's host
 * (which depends on the deployment) nor the site's (sites move when a cluster
 * is consolidated, 集约化).
 */
const TAG = 'tag:govhub,2026:';

/** The XML namespace of the govhub elements (文号, 索引号, 发布机构, status, 来源) in RSS and Atom. */
export const GOVHUB_NAMESPACE = `${TAG}feed`;

/** An item's guid (RSS), id (Atom, JSON Feed). */
export function noticeTagUri(noticeId: string): string {
  return `${TAG}notice/${encodeURIComponent(noticeId)}`;
}

/**
 * The Atom feed id: one logical feed per site and filter, shared by all its
 * pages (RFC 5005) and its page sizes.
 */
export function feedTagUri(request: FeedRequest): string {
  const filters = new URLSearchParams();
  if (request.columnId !== null) filters.set('column', request.columnId);
  if (request.regionCode !== null) filters.set('region', request.regionCode);
  if (request.level !== null) filters.set('level', request.level);
  if (request.query !== null) filters.set('q', request.query);
  const query = filters.toString();
  return `${TAG}feeds/sites/${encodeURIComponent(request.siteId)}${query ? `?${query}` : ''}`;
}
