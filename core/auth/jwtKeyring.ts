import type { JsonWebKey, KeyObject } from 'node:crypto';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { Algorithm, JwtHeader, Secret } from 'jsonwebtoken';
import { ConfigError } from '../config';
import type { AsymmetricAlgorithm, JwkSetKey } from './jwkSet';
import { JwtKeyError, keyMisfit, parseJwkSet } from './jwkSet';
import type { JwtConfig } from './jwtConfig';

/**
 * The one place that says which algorithms and keys sign and verify tokens.
 *
 * - HS256 (development and tests only; loadConfig refuses it in production):
 *   the shared JWT_SECRET signs and verifies.
 * - RS256 / ES256: the key set (JWKS) verifies, each token with the key its
 *   header's `kid` names; a token without `kid` only when the set has exactly
 *   one key. Exactly one algorithm is accepted, so `none`, HS256 signed with a
 *   public key as the secret and any other algorithm are refused. Rotation is
 *   several keys in the set; removing a kid invalidates its tokens.
 */
export interface JwtKeyring {
  /** Algorithms a token may use: exactly the configured one. */
  algorithms: Algorithm[];
  /** The key that verifies a token with this header, or null if none does. */
  verificationKey(header: JwtHeader): Secret | null;
  /** How this process mints tokens; null when it has no private key (it only verifies). */
  signing: { algorithm: Algorithm; key: Secret; keyId?: string } | null;
}

/** Said by signToken when `signing` is null. */
export const NO_SIGNING_KEY =
  'this process has no signing key: set JWT_PRIVATE_KEY_FILE and JWT_SIGNING_KID';

/** Keys are parsed once per settings object: verifyToken runs on every request. */
const keyrings = new WeakMap<JwtConfig, JwtKeyring>();

/**
 * The keyring of these settings (built once per settings object, which is
 * therefore treated as immutable). Throws a ConfigError naming every problem
 * of the key set or the signing key; processes call assertJwtKeyring at
 * start-up so that happens before the first request.
 */
export function jwtKeyring(config: JwtConfig): JwtKeyring {
  let keyring = keyrings.get(config);
  if (keyring === undefined) {
    keyring = buildKeyring(config);
    keyrings.set(config, keyring);
  }
  return keyring;
}

/** Checks the JWT settings (key set, signing key) at start-up; throws a ConfigError if unusable. */
export function assertJwtKeyring(config: JwtConfig): void {
  jwtKeyring(config);
}

function buildKeyring(config: JwtConfig): JwtKeyring {
  if (config.algorithm === 'HS256') {
    return {
      algorithms: ['HS256'],
      verificationKey: (header) => (header.alg === 'HS256' ? config.secret : null),
      signing: { algorithm: 'HS256', key: config.secret },
    };
  }
  const algorithm = config.algorithm;
  const problems: string[] = [];
  const keys = verificationKeys(config, algorithm, problems);
  const signing = signingKey(config, algorithm, keys, problems);
  if (problems.length > 0) {
    throw new ConfigError(`invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  const byKid = new Map(keys.map(({ kid, key }) => [kid, key]));
  const onlyKey = keys.length === 1 ? (keys[0]?.key ?? null) : null;
  return {
    algorithms: [algorithm],
    verificationKey: (header) => {
      if (header.alg !== algorithm) return null;
      if (header.kid === undefined) return onlyKey;
      return typeof header.kid === 'string' ? (byKid.get(header.kid) ?? null) : null;
    },
    signing: signing === null ? null : { algorithm, key: signing.key, keyId: signing.kid },
  };
}

function verificationKeys(
  config: JwtConfig,
  algorithm: AsymmetricAlgorithm,
  problems: string[],
): JwkSetKey[] {
  if (config.jwks === null) {
    problems.push(`JWT_JWKS: ${algorithm} needs the verification keys (JWT_JWKS or JWT_JWKS_FILE)`);
    return [];
  }
  try {
    return parseJwkSet(config.jwks, algorithm);
  } catch (error) {
    if (!(error instanceof JwtKeyError)) throw error;
    problems.push(...error.problems);
    return [];
  }
}

/**
 * The private key and JWT_SIGNING_KID, checked against the public key of that
 * kid in the set; null when no private key is configured (JWT_SIGNING_KID
 * alone is ignored: the process only verifies).
 */
function signingKey(
  config: JwtConfig,
  algorithm: AsymmetricAlgorithm,
  keys: JwkSetKey[],
  problems: string[],
): { key: KeyObject; kid: string } | null {
  if (config.privateKey === null) return null;
  const parsed = parsePrivateKey(config.privateKey);
  if (typeof parsed === 'string') {
    problems.push(`JWT_PRIVATE_KEY: ${parsed}`);
    return null;
  }
  const misfit = keyMisfit(parsed.key, algorithm);
  if (misfit !== null) problems.push(`JWT_PRIVATE_KEY: ${misfit}`);
  const kid = config.signingKid;
  if (kid === null) {
    problems.push('JWT_SIGNING_KID: required with a private key (the kid of its public key)');
    return null;
  }
  if (parsed.kid !== null && parsed.kid !== kid) {
    problems.push(
      `JWT_SIGNING_KID: ${JSON.stringify(kid)}, but the private JWK says kid ${JSON.stringify(parsed.kid)}`,
    );
  }
  if (keys.length === 0) return null; // the key set itself is wrong: already reported
  const published = keys.find((key) => key.kid === kid);
  if (published === undefined) {
    problems.push(
      `JWT_SIGNING_KID: ${JSON.stringify(kid)} names no key of the key set (kids: ${keys
        .map((key) => key.kid)
        .join(', ')})`,
    );
    return null;
  }
  if (misfit === null && !samePublicKey(createPublicKey(parsed.key), published.key)) {
    problems.push(
      `JWT_PRIVATE_KEY: does not match the public key ${JSON.stringify(kid)} of the key set`,
    );
  }
  return problems.length > 0 ? null : { key: parsed.key, kid };
}

/** A PEM or JWK (JSON) private key and the kid a JWK names; a message when it is neither. */
function parsePrivateKey(text: string): { key: KeyObject; kid: string | null } | string {
  const trimmed = text.trim();
  try {
    if (trimmed.startsWith('{')) {
      let jwk: unknown;
      try {
        jwk = JSON.parse(trimmed);
      } catch {
        return 'starts with "{" but is not JSON (expected a PEM or a JWK private key)';
      }
      if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) {
        return 'not a JWK object';
      }
      const members = jwk as JsonWebKey;
      if (typeof members.d !== 'string') return 'the JWK is a public key (no "d")';
      const kid = typeof members.kid === 'string' ? members.kid : null;
      return { key: createPrivateKey({ key: members, format: 'jwk' }), kid };
    }
    return { key: createPrivateKey(trimmed), kid: null };
  } catch (error) {
    // Node's messages do not quote the key material.
    const reason = error instanceof Error ? error.message : String(error);
    return `not a usable PEM or JWK private key (${reason})`;
  }
}

function samePublicKey(a: KeyObject, b: KeyObject): boolean {
  const der = (key: KeyObject) => key.export({ type: 'spki', format: 'der' });
  return der(a).equals(der(b));
}
