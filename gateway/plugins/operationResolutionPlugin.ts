import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';

/**
 * Refuses a request whose operationName names no operation in the document
 * (or that leaves the choice open) with 400 OPERATION_RESOLUTION_FAILURE.
 * Apollo Server does this itself only when it executes the schema: with a
 * gateway the executor throws instead, and the client got a masked 500.
 */
export function operationResolutionPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          const message = request.operationName
            ? `Unknown operation named "${request.operationName}".`
            : 'Must provide operation name if query contains multiple operations.';
          throw new GraphQLError(message, {
            extensions: {
              code: ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
              http: { status: 400 },
            },
          });
        },
      };
    },
  };
}
