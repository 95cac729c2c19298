import type { JsonWebKey } from 'node:crypto';
import { generateKeyPairSync } from 'node:crypto';
import type { AsymmetricAlgorithm } from './jwkSet';
import { MAX_KID_LENGTH } from './jwkSet';

/** RSA keys govhub generates are larger than the 2048 bits it accepts at least. */
const RSA_MODULUS_BITS = 3072;

export interface GeneratedSigningKey {
  /** PKCS #8 PEM: the JWT_PRIVATE_KEY of the processes that mint tokens. */
  privateKeyPem: string;
  /** The public half as published in the key set (JWT_JWKS). */
  publicJwk: JsonWebKey & { kid: string; alg: string; use: 'sig' };
}

/**
 * A new key pair for `algorithm` (EC P-256 for ES256, RSA 3072 for RS256):
 * for `npm run jwt-keys`, tests and benchmarks.
 */
export function generateSigningKey(
  algorithm: AsymmetricAlgorithm,
  kid: string,
): GeneratedSigningKey {
  if (kid.length === 0 || kid.length > MAX_KID_LENGTH) {
    throw new Error(`kid must have 1 to ${MAX_KID_LENGTH} characters`);
  }
  const { publicKey, privateKey } =
    algorithm === 'RS256'
      ? generateKeyPairSync('rsa', { modulusLength: RSA_MODULUS_BITS })
      : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicJwk: { ...publicKey.export({ format: 'jwk' }), kid, alg: algorithm, use: 'sig' },
  };
}
