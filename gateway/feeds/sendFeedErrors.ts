import type { Response } from 'express';

/** HTTP 503: the FeedSource failed (logged; the cause is not shown). */
export const FEED_UNAVAILABLE = 'FEED_UNAVAILABLE';

export interface FeedErrorBody {
  message: string;
  extensions: { code: string; parameter?: string };
}

/**
 * The shape of http/sendGraphQLError, with more than one error and more
 * extensions than `code` (a 400 names each bad `parameter`).
 */
export function sendFeedErrors(res: Response, status: number, errors: FeedErrorBody[]): void {
  res.status(status).set('cache-control', 'no-store').json({ errors });
}
