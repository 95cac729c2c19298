import { generateSigningKey } from '../../core/auth';

/**
 * Settings for a cluster that signs and verifies ES256 tokens with a fresh
 * key (as production does), the private key included so that the benchmark
 * can mint tokens with loadConfig(env).
 */
export function es256Env(kid = 'bench'): Record<string, string> {
  const key = generateSigningKey('ES256', kid);
  return {
    JWT_ALGORITHM: 'ES256',
    JWT_JWKS: JSON.stringify({ keys: [key.publicJwk] }),
    JWT_PRIVATE_KEY: key.privateKeyPem,
    JWT_SIGNING_KID: kid,
  };
}
