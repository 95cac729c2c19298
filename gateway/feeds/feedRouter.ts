import { Router } from 'express';
import type { Request, Response } from 'express';
import { ErrorCode } from '../../core/errors';
import type { Logger } from '../../core/logging';
import { sendGraphQLError } from '../http/sendGraphQLError';
import { feedSelfUrl } from './feedLinks';
import type { FeedPage, FeedRequest, FeedSource } from './FeedSource';
import { feedValidators } from './feedValidators';
import { isNotModified } from './isNotModified';
import { parseFeedRequest } from './parseFeedRequest';
import { renderFeed } from './renderFeed';
import { FEED_UNAVAILABLE, sendFeedErrors } from './sendFeedErrors';
import { FeedInputError } from './FeedInputError';

export const FEED_CACHE_CONTROL = 'public, max-age=60';

export interface FeedRouterOptions {
  /**
   * The hub's public address (e.g. `https://hub.example.gov.cn` or with a path
   * prefix), for the feeds' self, first and next links. Unset, they are built
   * from the request's protocol and Host header: set it in production, where
   * the responses are cached publicly.
   */
  publicBaseUrl?: string;
  logger: Logger;
}

/**
 * Public feeds, to mount at `/feeds`: `GET /sites/<siteId>.rss|.atom|.json`
 * (HEAD too) with `?column= &region= &level= &q= &before= &limit=`.
 * Cacheable (strong ETag, Last-Modified, 304s); no authentication; the caller
 * applies the rate limit.
 */
export function feedRouter(source: FeedSource, options: FeedRouterOptions): Router {
  const publicBaseUrl = parsePublicBaseUrl(options.publicBaseUrl);
  const { logger } = options;
  const router = Router();
  router.get('/sites/:file', async (req, res) => {
    const parsed = parseFeedRequest(req);
    if (!parsed.ok) {
      if (parsed.status === 404) {
        return sendGraphQLError(res, 404, 'Not found', ErrorCode.NOT_FOUND);
      }
      return sendFeedErrors(
        res,
        400,
        parsed.errors.map(({ parameter, message }) => ({
          message,
          extensions: { code: ErrorCode.BAD_USER_INPUT, parameter },
        })),
      );
    }
    let page: FeedPage | null;
    try {
      page = await source.page(parsed.request);
    } catch (error) {
      if (error instanceof FeedInputError) {
        return sendFeedErrors(res, 400, [
          {
            message: error.message,
            extensions: { code: ErrorCode.BAD_USER_INPUT, parameter: error.parameter },
          },
        ]);
      }
      logger.error({ err: error, feed: parsed.request }, 'feed source failed');
      return sendFeedErrors(res, 503, [
        {
          message: 'The feed is unavailable, try again later',
          extensions: { code: FEED_UNAVAILABLE },
        },
      ]);
    }
    if (page === null) {
      return sendGraphQLError(res, 404, 'No such site or column', ErrorCode.NOT_FOUND);
    }
    sendFeed(req, res, page, parsed.request, feedSelfUrl(req, publicBaseUrl));
  });
  return router;
}

function sendFeed(
  req: Request,
  res: Response,
  page: FeedPage,
  request: FeedRequest,
  selfUrl: string,
): void {
  const { etag, lastModified } = feedValidators(page, request, selfUrl);
  res.set('Cache-Control', FEED_CACHE_CONTROL).set('ETag', etag).vary('Accept-Encoding');
  if (lastModified) res.set('Last-Modified', lastModified.toUTCString());
  if (isNotModified(req.headers, { etag, lastModified })) {
    res.status(304).end();
    return;
  }
  const { body, contentType } = renderFeed(page, request, selfUrl);
  res.set('Content-Type', contentType).send(body);
}

function parsePublicBaseUrl(value: string | undefined): URL | undefined {
  if (value === undefined) return undefined;
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    throw new Error(`publicBaseUrl must be an http(s) URL without query or fragment: ${value}`);
  }
  return url;
}
