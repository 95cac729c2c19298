import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { ApolloGateway } from '@apollo/gateway';
import { createFormatError } from '../core/errors';
import type { Logger } from '../core/logging';
import type { GatewayContext } from './gatewayContext';
import { operationResolutionPlugin, requestLoggingPlugin } from './plugins';

export interface CreateApolloServerOptions {
  gateway: ApolloGateway;
  httpServer: http.Server;
  logger: Logger;
  /** How long open requests may finish on shutdown before connections are cut. */
  drainMillis?: number;
}

/**
 * Apollo Server in front of the gateway. Nothing here talks to Apollo's
 * cloud: usage and schema reporting are off explicitly, and Apollo's landing
 * pages (which load from a CDN) are off: the gateway serves its own offline
 * playground (playground/).
 */
export function createApolloServer({
  gateway,
  httpServer,
  logger,
  drainMillis = 3000,
}: CreateApolloServerOptions): ApolloServer<GatewayContext> {
  const plugins: ApolloServerPlugin<GatewayContext>[] = [
    ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: drainMillis }),
    ApolloServerPluginUsageReportingDisabled(),
    ApolloServerPluginSchemaReportingDisabled(),
    ApolloServerPluginLandingPageDisabled(),
    operationResolutionPlugin(),
    requestLoggingPlugin(logger),
  ];
  return new ApolloServer<GatewayContext>({
    gateway,
    logger: logger.child({ component: 'apollo-server' }),
    plugins,
    csrfPrevention: true,
    // The supergraph is the published contract (schema/), and the playground needs it.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(logger),
    // main.ts owns SIGTERM/SIGINT.
    stopOnTerminationSignals: false,
  });
}
