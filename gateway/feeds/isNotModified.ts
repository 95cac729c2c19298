import type { IncomingHttpHeaders } from 'node:http';

/** An entity tag in a list: `"…"` or `W/"…"`. */
const ENTITY_TAG = /(?:W\/)?"[^"]*"/g;

/**
 * RFC 9110 §13.2.2 for GET and HEAD: whether to answer 304. If-None-Match,
 * when present, decides alone (weak comparison: `W/` is ignored; `*`
 * matches); else If-Modified-Since, to the second. Express's `req.fresh` is
 * not used: it ignores both when the request says `Cache-Control: no-cache`,
 * which fetch() adds to every request with a conditional header.
 */
export function isNotModified(
  headers: IncomingHttpHeaders,
  current: { etag: string; lastModified: Date | null },
): boolean {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() === '*') return true;
    const opaque = weak(current.etag);
    return (ifNoneMatch.match(ENTITY_TAG) ?? []).some((tag) => weak(tag) === opaque);
  }
  const ifModifiedSince = headers['if-modified-since'];
  if (ifModifiedSince === undefined || current.lastModified === null) return false;
  const since = Date.parse(ifModifiedSince);
  const lastModified = Math.floor(current.lastModified.getTime() / 1000) * 1000;
  return !Number.isNaN(since) && lastModified <= since;
}

function weak(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}
