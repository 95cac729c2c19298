import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../../core/logging';
import type { GatewayContext } from '../gatewayContext';

/** One debug line per operation: request id, operation, caller, duration and error codes. */
export function requestLoggingPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          if (!logger.isLevelEnabled('debug')) return;
          logger.debug(
            {
              requestId: contextValue.requestId,
              operation: operationName ?? null,
              sub: contextValue.principal?.sub ?? null,
              ms: Math.round(performance.now() - started),
              errors: errors?.map((e) => e.extensions.code ?? 'INTERNAL_SERVER_ERROR') ?? [],
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
