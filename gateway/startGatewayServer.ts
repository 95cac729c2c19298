import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { assertJwtKeyring } from '../core/auth';
import type { Config } from '../core/config';
import type { Logger } from '../core/logging';
import { createApolloServer } from './createApolloServer';
import { createGateway } from './createGateway';
import { GRAPHQL_PATH, mountGatewayRoutes } from './mountGatewayRoutes';

export interface StartGatewayServerOptions {
  config: Config;
  supergraphSdl: string;
  logger: Logger;
  /** Defaults to config.gatewayPort; 0 picks a free port. */
  port?: number;
}

export interface GatewayServer {
  /** The GraphQL endpoint; also the playground's address in a browser (outside production). */
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
  // A key set that cannot verify tokens stops start-up instead of failing the first signed-in request.
  assertJwtKeyring(config.jwt);
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = createApolloServer({
    gateway: createGateway(options),
    httpServer,
    logger,
    limits: config.limits,
    production: config.production,
  });
  await apollo.start();
  mountGatewayRoutes(app, { config, apollo, logger });

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
