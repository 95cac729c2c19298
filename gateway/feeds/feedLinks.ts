/** RFC 5005 paged feed links. */
export interface FeedLinks {
  /** The URL this page was requested with. */
  self: string;
  /** The newest page: self without `before`. */
  first: string;
  /** The next, older page: self with `before=<nextBefore>`; null on the last page. */
  next: string | null;
}

/**
 * The URL the client asked for, on `publicBaseUrl` (the hub's address as the
 * public sees it, with any path prefix) when set, else on the request's own
 * protocol and Host header.
 */
export function feedSelfUrl(
  req: { originalUrl: string; protocol: string; get(header: 'host'): string | undefined },
  publicBaseUrl: URL | undefined,
): string {
  const base = publicBaseUrl?.href ?? `${req.protocol}://${req.get('host') ?? 'localhost'}/`;
  return new URL(`${base.replace(/\/+$/, '')}${req.originalUrl}`).href;
}

/** The other parameters are kept as the client gave them; only `before` changes. */
export function feedLinks(self: string, nextBefore: string | null): FeedLinks {
  const first = new URL(self);
  first.searchParams.delete('before');
  let next: string | null = null;
  if (nextBefore !== null) {
    const url = new URL(self);
    url.searchParams.set('before', nextBefore);
    next = url.href;
  }
  return { self, first: first.href, next };
}
