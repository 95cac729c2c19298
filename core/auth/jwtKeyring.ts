import type { Algorithm, JwtHeader, Secret } from 'jsonwebtoken';
import type { JwtConfig } from './jwtConfig';

/**
 * The one place that says which algorithms and keys sign and verify tokens.
 * Today: HS256 with the shared secret from config. RS256/ES256 and rotation by
 * `kid` only change this file: `verificationKey` picks the key for a header.
 */
export interface JwtKeyring {
  /** Algorithms a token may use; anything else (including `none`) is rejected. */
  algorithms: Algorithm[];
  /** The key that verifies a token with this header, or null if none does. */
  verificationKey(header: JwtHeader): Secret | null;
  signing: { algorithm: Algorithm; key: Secret; keyId?: string };
}

export function jwtKeyring(config: JwtConfig): JwtKeyring {
  return {
    algorithms: ['HS256'],
    verificationKey: (header) => (header.alg === 'HS256' ? config.secret : null),
    signing: { algorithm: 'HS256', key: config.secret },
  };
}
