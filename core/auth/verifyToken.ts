import jwt from 'jsonwebtoken';
import { UnauthenticatedError } from '../errors';
import type { JwtConfig } from './jwtConfig';
import { jwtKeyring } from './jwtKeyring';
import type { Principal } from './principal';
import { principalClaimsSchema } from './principalClaims';

/** Allowed clock skew between the issuer and this process, for `exp`, `nbf` and `iat`. */
export const CLOCK_TOLERANCE_SECONDS = 5;

/** Longer than any token govhub issues; refuses to parse arbitrarily large input. */
const MAX_TOKEN_LENGTH = 8192;

/**
 * Verifies a compact JWT (signature, algorithm, `iss`, `aud`, `exp`) and
 * returns its principal. Throws UnauthenticatedError with the reason. The key
 * comes from the keyring of `config` (parsed once per settings object): the
 * configured algorithm only, and with RS256/ES256 the key of the header's `kid`.
 */
export function verifyToken(token: string, config: JwtConfig): Principal {
  if (token.length > MAX_TOKEN_LENGTH) throw invalid('too long');
  const keyring = jwtKeyring(config);
  let decoded: jwt.Jwt | null;
  try {
    decoded = jwt.decode(token, { complete: true });
  } catch {
    // jws throws on a header that is not JSON (e.g. `{"alg":`), instead of returning null.
    throw invalid('malformed');
  }
  if (!decoded) throw invalid('malformed');
  if (!(keyring.algorithms as readonly string[]).includes(decoded.header.alg)) {
    throw invalid(`algorithm ${decoded.header.alg} not allowed`);
  }
  // RFC 7515 §4.1.11: extensions marked critical must be understood; govhub understands none.
  if ('crit' in decoded.header) throw invalid('unsupported critical header');
  const key = keyring.verificationKey(decoded.header);
  if (key === null) throw invalid('unknown signing key');

  let payload: unknown;
  try {
    payload = jwt.verify(token, key, {
      algorithms: keyring.algorithms,
      issuer: config.issuer,
      audience: config.audience,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    });
  } catch (error) {
    throw invalid(verifyFailureReason(error));
  }

  const claims = principalClaimsSchema.safeParse(payload);
  if (!claims.success) {
    const fields = [...new Set(claims.error.issues.map((i) => i.path.join('.') || 'payload'))];
    throw invalid(`missing or invalid claims: ${fields.join(', ')}`);
  }
  const { sub, name, roles } = claims.data;
  return { sub, name, roles: roles.map(({ siteId, role }) => ({ siteId, role })) };
}

function invalid(reason: string): UnauthenticatedError {
  return new UnauthenticatedError(`invalid token: ${reason}`);
}

/** jsonwebtoken's messages name expected values; clients get a short reason instead. */
function verifyFailureReason(error: unknown): string {
  if (error instanceof jwt.TokenExpiredError) return 'expired';
  if (error instanceof jwt.NotBeforeError) return 'not yet valid';
  if (!(error instanceof jwt.JsonWebTokenError)) return 'malformed';
  const message = error.message;
  if (message.startsWith('invalid signature')) return 'bad signature';
  if (message.startsWith('jwt issuer invalid')) return 'wrong issuer';
  if (message.startsWith('jwt audience invalid')) return 'wrong audience';
  if (message.startsWith('invalid algorithm')) return 'algorithm not allowed';
  if (message.startsWith('jwt signature is required')) return 'unsigned';
  return 'malformed';
}
