import { randomUUID } from 'node:crypto';
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
import { GraphQLFeedSource, feedRouter } from './feeds';
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
 * Server (whose plugins apply the operation limits); /feeds (public RSS,
 * Atom and JSON Feed, rate-limited, read through the same Apollo Server as an
 * anonymous client). Anything else is a GraphQL-shaped 404.
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
  app.use(
    '/feeds',
    // Public, but a signed-in aggregator is rate-limited by its token's subject.
    authenticateRequest(config.jwt),
    ...rateLimited,
    feedRouter(
      new GraphQLFeedSource(async (query, variables) => {
        const response = await apollo.executeOperation(
          { query, variables },
          { contextValue: { requestId: randomUUID(), authorization: undefined, principal: null } },
        );
        if (response.body.kind !== 'single') throw new Error('feeds expect a single result');
        return response.body.singleResult;
      }),
      { publicBaseUrl: config.publicBaseUrl ?? undefined, logger },
    ),
  );
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
