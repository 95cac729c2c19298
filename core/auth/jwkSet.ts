import type { JsonWebKey, KeyObject } from 'node:crypto';
import { createPublicKey } from 'node:crypto';

/** The public-key algorithms govhub signs with (HS256 is for development only). */
export type AsymmetricAlgorithm = 'RS256' | 'ES256';

export const ASYMMETRIC_ALGORITHMS: readonly AsymmetricAlgorithm[] = ['RS256', 'ES256'];

/** Smaller RSA keys are refused, in the key set and as the signing key. */
export const MIN_RSA_MODULUS_BITS = 2048;

/** A `kid` longer than this is refused (JWT_SIGNING_KID has the same limit). */
export const MAX_KID_LENGTH = 128;

/** One key of a verified key set: its JWK as published and the key object that verifies. */
export interface JwkSetKey {
  kid: string;
  jwk: JsonWebKey;
  key: KeyObject;
}

/** A key set or key that cannot be used; `problems` names each thing wrong, one per line. */
export class JwtKeyError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'JwtKeyError';
  }
}

/** What each algorithm needs of a key, for messages. */
const KEY_TYPE: Record<AsymmetricAlgorithm, string> = {
  RS256: `kty RSA, at least ${MIN_RSA_MODULUS_BITS} bits`,
  ES256: 'kty EC, crv P-256',
};

/** JWK members that only a private or symmetric key has. */
const SECRET_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

/**
 * Why `key` cannot sign or verify `algorithm` (RSA of at least 2048 bits for
 * RS256, EC on P-256 for ES256); null when it fits.
 */
export function keyMisfit(key: KeyObject, algorithm: AsymmetricAlgorithm): string | null {
  const details = key.asymmetricKeyDetails;
  if (algorithm === 'RS256') {
    if (key.asymmetricKeyType !== 'rsa')
      return `not an RSA key (${algorithm} needs ${KEY_TYPE.RS256})`;
    const bits = details?.modulusLength ?? 0;
    if (bits < MIN_RSA_MODULUS_BITS) {
      return `RSA key of ${bits} bits is too small (at least ${MIN_RSA_MODULUS_BITS})`;
    }
    return null;
  }
  if (key.asymmetricKeyType !== 'ec' || details?.namedCurve !== 'prime256v1') {
    return `not an EC P-256 key (${algorithm} needs ${KEY_TYPE.ES256})`;
  }
  return null;
}

/**
 * Reads a JWKS document (RFC 7517, `{"keys":[...]}`) whose keys verify
 * `algorithm`. Every key must fit the algorithm, have a unique `kid`, carry
 * `alg` = the algorithm and `use` = `sig` when it names them, and hold no
 * private material. Returns the keys in document order; throws a JwtKeyError
 * listing every problem (`label` prefixes each one).
 */
export function parseJwkSet(
  text: string,
  algorithm: AsymmetricAlgorithm,
  label = 'JWT_JWKS',
): JwkSetKey[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new JwtKeyError([`${label}: not JSON (expected a JWKS document {"keys":[...]})`]);
  }
  if (!isObject(document) || !Array.isArray(document.keys)) {
    throw new JwtKeyError([`${label}: not a JWKS document (expected {"keys":[...]})`]);
  }
  if (document.keys.length === 0) throw new JwtKeyError([`${label}: the key set has no keys`]);

  const problems: string[] = [];
  const keys: JwkSetKey[] = [];
  const seen = new Set<string>();
  document.keys.forEach((jwk: unknown, index: number) => {
    const kid = isObject(jwk) && typeof jwk.kid === 'string' ? jwk.kid : null;
    const name = `key ${index + 1}${kid === null ? '' : ` (kid ${JSON.stringify(kid)})`}`;
    const problem = jwkProblem(jwk, algorithm, seen);
    if (typeof problem === 'string') problems.push(`${label}: ${name}: ${problem}`);
    else {
      keys.push(problem);
      seen.add(problem.kid);
    }
  });
  if (problems.length > 0) throw new JwtKeyError(problems);
  return keys;
}

/** The algorithm a key set is for, from its first key's `alg` or `kty`; null if it names none. */
export function jwkSetAlgorithm(text: string): AsymmetricAlgorithm | null {
  try {
    const document: unknown = JSON.parse(text);
    if (!isObject(document) || !Array.isArray(document.keys)) return null;
    const first: unknown = document.keys[0];
    if (!isObject(first)) return null;
    if (first.alg === 'RS256' || first.alg === 'ES256') return first.alg;
    if (first.kty === 'RSA') return 'RS256';
    if (first.kty === 'EC') return 'ES256';
    return null;
  } catch {
    return null;
  }
}

/** The text of a key set holding `keys`, as written by `npm run jwt-keys`. */
export function jwkSetText(keys: readonly JsonWebKey[]): string {
  return `${JSON.stringify({ keys }, null, 2)}\n`;
}

/** The checked key, or what is wrong with it. */
function jwkProblem(
  jwk: unknown,
  algorithm: AsymmetricAlgorithm,
  seen: ReadonlySet<string>,
): JwkSetKey | string {
  if (!isObject(jwk)) return 'not a JSON object';
  const { kid } = jwk;
  if (typeof kid !== 'string' || kid.length === 0) return 'no kid (every key needs one)';
  if (kid.length > MAX_KID_LENGTH) return `kid longer than ${MAX_KID_LENGTH} characters`;
  if (seen.has(kid)) return 'duplicate kid';
  if (SECRET_MEMBERS.some((member) => member in jwk)) {
    return 'holds private or symmetric key material (publish public keys only)';
  }
  const expectedKty = algorithm === 'RS256' ? 'RSA' : 'EC';
  if (jwk.kty !== expectedKty) {
    return `kty ${JSON.stringify(jwk.kty)} does not fit ${algorithm} (needs ${KEY_TYPE[algorithm]})`;
  }
  if (algorithm === 'ES256' && jwk.crv !== 'P-256') {
    return `crv ${JSON.stringify(jwk.crv)} does not fit ES256 (needs P-256)`;
  }
  if (jwk.alg !== undefined && jwk.alg !== algorithm) {
    return `alg ${JSON.stringify(jwk.alg)} is not ${algorithm}`;
  }
  if (jwk.use !== undefined && jwk.use !== 'sig') {
    return `use ${JSON.stringify(jwk.use)} is not "sig"`;
  }
  if (jwk.key_ops !== undefined) {
    if (!Array.isArray(jwk.key_ops) || !jwk.key_ops.includes('verify')) {
      return 'key_ops does not include "verify"';
    }
  }
  let key: KeyObject;
  try {
    key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
  } catch (error) {
    return `not a valid ${expectedKty} public key (${error instanceof Error ? error.message : String(error)})`;
  }
  const misfit = keyMisfit(key, algorithm);
  if (misfit !== null) return misfit;
  return { kid, jwk: jwk as JsonWebKey, key };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
