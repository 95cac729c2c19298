import type { IncomingHttpHeaders } from 'node:http';
import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';
import type { JwtConfig } from '../core/auth';
import { principalFromAuthorizationHeader } from '../core/auth';
import { ErrorCode } from '../core/errors';
import type { GatewayContext } from './gatewayContext';

/**
 * Verifies the caller's token before anything executes. No header: anonymous.
 * A bad token fails the whole request with UNAUTHENTICATED and HTTP 401.
 */
export function createGatewayContext(
  headers: IncomingHttpHeaders,
  requestId: string,
  jwt: JwtConfig,
): GatewayContext {
  const authorization = headers.authorization;
  try {
    const principal = principalFromAuthorizationHeader(authorization, jwt);
    return { requestId, authorization, principal };
  } catch (error) {
    const message = error instanceof Error ? error.message : 'invalid token';
    throw new GraphQLError(message, {
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
}
