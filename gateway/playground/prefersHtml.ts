import type { Request } from 'express';

/** The choice Apollo Server makes for its landing page: a GET whose Accept ranks HTML above JSON. */
export function prefersHtml(req: Request): boolean {
  return (
    req.method === 'GET' &&
    req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) ===
      'text/html'
  );
}
