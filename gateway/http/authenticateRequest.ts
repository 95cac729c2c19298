import type { RequestHandler } from 'express';
import type { JwtConfig } from '../../core/auth';
import { principalFromAuthorizationHeader } from '../../core/auth';
import { UnauthenticatedError } from '../../core/errors';
import { setRequestAuth } from './requestAuth';

/**
 * Verifies the `Authorization` header once, before the rate limiter (which
 * keys on the token's subject) and the GraphQL context (which refuses a bad
 * token with 401). Never answers the request itself: a bad token is recorded,
 * not refused here, so it still counts against the caller's address.
 */
export function authenticateRequest(jwt: JwtConfig): RequestHandler {
  return (req, res, next) => {
    const authorization = req.headers.authorization;
    try {
      const principal = principalFromAuthorizationHeader(authorization, jwt);
      setRequestAuth(res, { ok: true, authorization, principal });
    } catch (error) {
      // Anything but a refused token (a broken key set, say) is the server's fault: masked 500.
      if (!(error instanceof UnauthenticatedError) || authorization === undefined) {
        return next(error);
      }
      setRequestAuth(res, { ok: false, authorization, reason: error.message });
    }
    next();
  };
}
