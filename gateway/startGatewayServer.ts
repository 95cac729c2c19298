import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { Config } from '../core/config';
import type { Logger } from '../core/logging';
import { createApolloServer } from './createApolloServer';
import { createGateway } from './createGateway';
import { createGatewayContext } from './createGatewayContext';
import { healthRouter } from './health';
import { playgroundRouter } from './playground';
import { findRepoRoot } from '../core/process';
import { REQUEST_ID_HEADER, requestIdFrom } from './requestId';

export const GRAPHQL_PATH = '/graphql';

export interface StartGatewayServerOptions {
  config: Config;
  supergraphSdl: string;
  logger: Logger;
  /** Defaults to config.gatewayPort; 0 picks a free port. */
  port?: number;
}

export interface GatewayServer {
  /** The GraphQL endpoint; also the playground's address in a browser. */
  url: string;
  httpServer: http.Server;
  /** Stops taking connections, lets open requests finish (a few seconds at most), stops the gateway. */
  stop(): Promise<void>;
}

/** The gateway's HTTP server: /graphql (GraphQL and playground), /healthz, /readyz. */
export async function startGatewayServer(
  options: StartGatewayServerOptions,
): Promise<GatewayServer> {
  const { config, logger } = options;
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = createApolloServer({ gateway: createGateway(options), httpServer, logger });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(healthRouter(config.levels));
  app.use(
    playgroundRouter({
      endpoint: GRAPHQL_PATH,
      dir: path.join(findRepoRoot(), 'gateway', 'playground'),
    }),
  );
  app.get('/', (req, res, next) => (req.accepts('html') ? res.redirect(GRAPHQL_PATH) : next()));
  app.all(
    GRAPHQL_PATH,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
        res.setHeader(REQUEST_ID_HEADER, requestId);
        return createGatewayContext(req.headers, requestId, config.jwt);
      },
    }),
  );
  app.use(errorHandler(logger));

  const port = options.port ?? config.gatewayPort;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, config.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const address = httpServer.address() as AddressInfo;
  return {
    url: `http://${urlHost(config.host)}:${address.port}${GRAPHQL_PATH}`,
    httpServer,
    stop: () => apollo.stop(),
  };
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** Express errors (a body that is not JSON, a missing asset) as GraphQL-shaped JSON, never a stack trace. */
function errorHandler(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    const status = httpStatusOf(error);
    if (status >= 500) logger.error({ err: error }, 'http error');
    if (res.headersSent) return;
    const message = status >= 500 ? 'Internal server error' : 'Bad request';
    const code = status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

function httpStatusOf(error: unknown): number {
  if (typeof error !== 'object' || error === null || !('status' in error)) return 500;
  const status = error.status;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
