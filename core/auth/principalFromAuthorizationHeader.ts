import { UnauthenticatedError } from '../errors';
import type { JwtConfig } from './jwtConfig';
import type { Principal } from './principal';
import { verifyToken } from './verifyToken';

const BEARER = /^Bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*) *$/i;

/**
 * The principal of an `Authorization: Bearer <jwt>` header; null when there is
 * no header (anonymous). A header that is present but malformed or carries an
 * invalid token throws UnauthenticatedError: a client that meant to
 * authenticate must not silently become anonymous.
 */
export function principalFromAuthorizationHeader(
  header: string | undefined,
  config: JwtConfig,
): Principal | null {
  if (header === undefined) return null;
  const match = BEARER.exec(header);
  if (!match)
    throw new UnauthenticatedError('invalid token: expected "Authorization: Bearer <token>"');
  return verifyToken(match[1], config);
}
