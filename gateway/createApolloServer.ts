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
import type { GatewayLimits } from '../core/config';
import { createFormatError } from '../core/errors';
import type { Logger } from '../core/logging';
import type { GatewayContext } from './gatewayContext';
import { operationLimitsPlugin, operationResolutionPlugin, requestLoggingPlugin } from './plugins';

export interface CreateApolloServerOptions {
  gateway: ApolloGateway;
  httpServer: http.Server;
  logger: Logger;
  limits: Pick<GatewayLimits, 'maxDepth' | 'maxAliases' | 'maxCost'>;
  /** config.production: no introspection, no schema details (suggestions) in errors. */
  production: boolean;
  /** How long open requests may finish on shutdown before connections are cut. */
  drainMillis?: number;
}

/**
 * Apollo Server in front of the gateway. Nothing here talks to Apollo's
 * cloud: usage and schema reporting are off explicitly, and Apollo's landing
 * pages (which load from a CDN) are off: the gateway serves its own offline
 * playground (playground/), outside production.
 */
export function createApolloServer({
  gateway,
  httpServer,
  logger,
  limits,
  production,
  drainMillis = 3000,
}: CreateApolloServerOptions): ApolloServer<GatewayContext> {
  const plugins: ApolloServerPlugin<GatewayContext>[] = [
    ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: drainMillis }),
    ApolloServerPluginUsageReportingDisabled(),
    ApolloServerPluginSchemaReportingDisabled(),
    ApolloServerPluginLandingPageDisabled(),
    operationResolutionPlugin(),
    operationLimitsPlugin({ ...limits, hideSchemaDetails: production }),
    requestLoggingPlugin(logger),
  ];
  return new ApolloServer<GatewayContext>({
    gateway,
    logger: logger.child({ component: 'apollo-server' }),
    plugins,
    csrfPrevention: true,
    // One operation per HTTP request: a batch would multiply every per-request limit.
    allowBatchedHttpRequests: false,
    // The supergraph is the published contract (schema/); the playground needs it in development.
    introspection: !production,
    // No "Did you mean ...?" in production: it spells out the schema that introspection hides.
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(logger),
    // main.ts owns SIGTERM/SIGINT.
    stopOnTerminationSignals: false,
  });
}
