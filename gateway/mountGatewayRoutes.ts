import path from 'node:path';
import express from 'express';
import type { Express, RequestHandler } from 'express';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { Config } from '../core/config';
import type { Logger } from '../core/logging';
import { findRepoRoot } from '../core/process';
import { createGatewayContext } from './createGatewayContext';
import type { GatewayContext } from './gatewayContext';
import { healthRouter } from './health';
import {
  authenticateRequest,
  clientRateLimit,
  errorHandler,
  notFound,
  requestAuth,
  tokenLimit,
} from './http';
import { playgroundRouter, prefersHtml } from './playground';
import { REQUEST_ID_HEADER, requestIdFrom } from './requestId';

export const GRAPHQL_PATH = '/graphql';

export interface MountGatewayRoutesOptions {
  config: Config;
  /** Started. */
  apollo: ApolloServer<GatewayContext>;
  logger: Logger;
}

/**
 * The gateway's routes: /healthz and /readyz, the playground (not in
 * production), and /graphql behind, in order: token verification, the
 * per-client rate limit, the body size limit, the token limit and Apollo
 * Server (whose plugins apply the operation limits). Anything else is a
 * GraphQL-shaped 404.
 */
export function mountGatewayRoutes(
  app: Express,
  { config, apollo, logger }: MountGatewayRoutesOptions,
): void {
  const { limits } = config;
  app.disable('x-powered-by');
  // The rate limit keys anonymous callers by req.ip, which honours this many proxies' X-Forwarded-For.
  app.set('trust proxy', limits.trustProxy);
  app.use(healthRouter(config.levels));
  if (config.production) {
    const missing = notFound();
    app.get(GRAPHQL_PATH, (req, res, next) =>
      prefersHtml(req) ? missing(req, res, next) : next(),
    );
  } else {
    app.use(
      playgroundRouter({
        endpoint: GRAPHQL_PATH,
        dir: path.join(findRepoRoot(), 'gateway', 'playground'),
      }),
    );
    app.get('/', (req, res, next) => (req.accepts('html') ? res.redirect(GRAPHQL_PATH) : next()));
  }
  const rateLimited: RequestHandler[] =
    limits.ratePerMinute > 0 ? [clientRateLimit({ perMinute: limits.ratePerMinute, logger })] : [];
  app.all(
    GRAPHQL_PATH,
    authenticateRequest(config.jwt),
    ...rateLimited,
    express.json({ limit: limits.maxRequestBytes }),
    tokenLimit(),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
        res.setHeader(REQUEST_ID_HEADER, requestId);
        return createGatewayContext(requestAuth(res), requestId);
      },
    }),
  );
  app.use(notFound());
  app.use(errorHandler({ logger, maxRequestBytes: limits.maxRequestBytes }));
}
