import jwt from 'jsonwebtoken';
import type { JwtConfig } from './jwtConfig';
import { NO_SIGNING_KEY, jwtKeyring } from './jwtKeyring';
import { parseDuration } from './parseDuration';
import type { Principal } from './principal';

export interface SignTokenOptions {
  /** Seconds, or `90s`, `15m`, `8h`, `7d`. */
  expiresIn: number | string;
}

/**
 * Signs a token that verifyToken accepts. For dev tooling, tests and the
 * service tokens of the syndication workers; people get tokens from the
 * cluster's identity provider. With RS256/ES256 the process needs the private
 * key of JWT_SIGNING_KID (JWT_PRIVATE_KEY_FILE); without it this throws.
 */
export function signToken(claims: Principal, config: JwtConfig, options: SignTokenOptions): string {
  const expiresIn =
    typeof options.expiresIn === 'number' ? options.expiresIn : parseDuration(options.expiresIn);
  if (expiresIn === null || !Number.isInteger(expiresIn) || expiresIn <= 0) {
    throw new Error(`invalid expiresIn: ${String(options.expiresIn)}`);
  }
  const signing = jwtKeyring(config).signing;
  if (signing === null) throw new Error(NO_SIGNING_KEY);
  const { algorithm, key, keyId } = signing;
  const payload = {
    name: claims.name,
    roles: claims.roles.map(({ siteId, role }) => ({ siteId, role })),
  };
  return jwt.sign(payload, key, {
    algorithm,
    subject: claims.sub,
    issuer: config.issuer,
    audience: config.audience,
    expiresIn,
    ...(keyId ? { keyid: keyId } : {}),
  });
}
