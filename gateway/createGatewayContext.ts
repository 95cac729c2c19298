import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';
import { ErrorCode } from '../core/errors';
import type { GatewayContext } from './gatewayContext';
import type { RequestAuth } from './http';

/**
 * The context of one GraphQL request, from the verdict authenticateRequest
 * reached on its token (the token is verified once per request). No header:
 * anonymous. A bad token fails the whole request with UNAUTHENTICATED and
 * HTTP 401 before anything executes.
 */
export function createGatewayContext(auth: RequestAuth, requestId: string): GatewayContext {
  if (auth.ok) return { requestId, authorization: auth.authorization, principal: auth.principal };
  throw new GraphQLError(auth.reason, {
    extensions: {
      code: ErrorCode.UNAUTHENTICATED,
      // Read by Apollo Server to set the response status and headers; stripped from the body.
      http: {
        status: 401,
        headers: new HeaderMap([['www-authenticate', 'Bearer error="invalid_token"']]),
      },
    },
  });
}
