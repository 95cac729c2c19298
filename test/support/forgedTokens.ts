/**
 * Tokens an attacker could send, each claiming powerful roles (CLUSTER_ADMIN on
 * `*`, EDITOR/APPROVER/SITE_ADMIN on site 2101240002). verifyToken must refuse
 * every one of them; unit tests run them through verifyToken, cross-process
 * tests can send them to the gateway (all are valid HTTP header text).
 *
 * Needs an RS256/ES256 key set. Tokens that test claim checks (expired, wrong
 * audience, ...) are signed with a real key of the set: the private key of
 * `jwt` (JWT_PRIVATE_KEY + JWT_SIGNING_KID) or else `<keysDir>/<kid>.private.pem`
 * of the first key of the set that has one (the layout `npm run jwt-keys` writes).
 */
import type { KeyObject } from 'node:crypto';
import {
  constants,
  createHmac,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
} from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AsymmetricAlgorithm, SiteRole } from '../../core/auth';
import { parseJwkSet } from '../../core/auth';
import type { JwtSettings } from '../../core/config';

export interface ForgedToken {
  /** What is wrong with it, e.g. `alg none, empty signature`. */
  name: string;
  token: string;
}

const SITE = '2101240002';

/** The grants every forged token claims. */
export const FORGED_ROLES: readonly SiteRole[] = [
  { siteId: '*', role: 'CLUSTER_ADMIN' },
  { siteId: SITE, role: 'EDITOR' },
  { siteId: SITE, role: 'APPROVER' },
  { siteId: SITE, role: 'SITE_ADMIN' },
];

type Header = Record<string, unknown>;
type Payload = unknown;
type Signer = (data: Buffer) => Buffer;

const encode = (part: unknown) => Buffer.from(JSON.stringify(part)).toString('base64url');

/** `header.payload.signature` from already encoded parts; no signature part content without a signer. */
function assemble(headerPart: string, payloadPart: string, signer: Signer | null): string {
  const input = `${headerPart}.${payloadPart}`;
  return `${input}.${signer === null ? '' : signer(Buffer.from(input)).toString('base64url')}`;
}

function compact(header: Header, payload: Payload, signer: Signer | null): string {
  return assemble(encode(header), encode(payload), signer);
}

const raw = (text: string) => Buffer.from(text).toString('base64url');

function asymmetricSigner(key: KeyObject, algorithm: 'RS256' | 'ES256' | 'PS256'): Signer {
  if (algorithm === 'ES256')
    return (data) => sign('sha256', data, { key, dsaEncoding: 'ieee-p1363' });
  if (algorithm === 'PS256') {
    return (data) => sign('sha256', data, { key, padding: constants.RSA_PKCS1_PSS_PADDING });
  }
  return (data) => sign('sha256', data, key);
}

function hmacSigner(secret: string | Buffer, hash = 'sha256'): Signer {
  return (data) => createHmac(hash, secret).update(data).digest();
}

/** A key of the attacker's own (RSA of the smallest size the set accepts: quick to make). */
function attackerKey(algorithm: AsymmetricAlgorithm): KeyObject {
  return algorithm === 'RS256'
    ? generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
    : generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
}

/** The real private key and its kid, to sign tokens whose claims (not signature) are wrong. */
function realSigningKey(
  jwt: JwtSettings,
  kids: readonly string[],
  keysDir: string,
): { key: KeyObject; kid: string } {
  if (jwt.privateKey !== null && jwt.signingKid !== null) {
    const text = jwt.privateKey.trim();
    const key = text.startsWith('{')
      ? createPrivateKey({ key: JSON.parse(text) as Record<string, unknown>, format: 'jwk' })
      : createPrivateKey(text);
    return { key, kid: jwt.signingKid };
  }
  for (const kid of kids) {
    const file = join(keysDir, `${kid}.private.pem`);
    if (existsSync(file)) return { key: createPrivateKey(readFileSync(file, 'utf8')), kid };
  }
  throw new Error(`forgedTokens: no private key of the key set (JWT_PRIVATE_KEY or ${keysDir})`);
}

export function forgedTokens(jwt: JwtSettings, keysDir: string): ForgedToken[] {
  if (jwt.algorithm === 'HS256' || jwt.jwks === null) {
    throw new Error('forgedTokens needs an RS256/ES256 configuration with a key set');
  }
  const algorithm: AsymmetricAlgorithm = jwt.algorithm;
  const set = parseJwkSet(jwt.jwks, algorithm);
  const kids = set.map((key) => key.kid);
  const real = realSigningKey(jwt, kids, keysDir);
  const realPublic = set.find((key) => key.kid === real.kid)?.key ?? createPublicKey(real.key);
  const publicPem = realPublic.export({ type: 'spki', format: 'pem' }).toString();
  const publicJwkText = JSON.stringify(realPublic.export({ format: 'jwk' }));
  const unrelatedKey = attackerKey(algorithm);
  const unrelatedJwk = {
    ...createPublicKey(unrelatedKey).export({ format: 'jwk' }),
    kid: real.kid,
  };
  const otherAlgorithm: AsymmetricAlgorithm = algorithm === 'ES256' ? 'RS256' : 'ES256';
  const otherKey = attackerKey(otherAlgorithm);

  const now = Math.floor(Date.now() / 1000);
  const claims = {
    sub: 'mallory',
    name: 'Mallory',
    roles: FORGED_ROLES,
    iss: jwt.issuer,
    aud: jwt.audience,
    iat: now,
    exp: now + 3600,
  };
  const without = (name: keyof typeof claims) =>
    Object.fromEntries(Object.entries(claims).filter(([claim]) => claim !== name));
  const header = (extra: Header = {}): Header => ({
    alg: algorithm,
    typ: 'JWT',
    kid: real.kid,
    ...extra,
  });
  const realSigner = asymmetricSigner(real.key, algorithm);
  const byRealKey = (payload: Payload, extra: Header = {}) =>
    compact(header(extra), payload, realSigner);
  const powerful = byRealKey(claims);
  const [powerfulHeader, powerfulPayload] = powerful.split('.');
  const harmless = byRealKey({ ...claims, sub: 'nobody', name: 'Nobody', roles: [] });
  const harmlessSignature = harmless.split('.')[2] ?? '';
  const none = (alg: string) => compact({ alg, typ: 'JWT' }, claims, null);

  const tokens: ForgedToken[] = [
    { name: 'alg none, empty signature', token: none('none') },
    { name: 'alg none, no signature part', token: none('none').slice(0, -1) },
    { name: 'alg None, empty signature', token: none('None') },
    { name: 'alg NONE, empty signature', token: none('NONE') },
    {
      name: 'alg none with the kid of the set',
      token: compact({ alg: 'none', kid: real.kid }, claims, null),
    },
    { name: 'alg none with a real signature', token: `${none('none')}${harmlessSignature}` },
    { name: 'real alg, signature removed', token: `${powerfulHeader}.${powerfulPayload}.` },
    {
      name: 'HS256 with the public key PEM as the secret',
      token: compact(header({ alg: 'HS256' }), claims, hmacSigner(publicPem)),
    },
    {
      name: 'HS256 with the public key PEM as the secret, no kid',
      token: compact({ alg: 'HS256', typ: 'JWT' }, claims, hmacSigner(publicPem)),
    },
    {
      name: 'HS256 with the public JWK JSON as the secret',
      token: compact(header({ alg: 'HS256' }), claims, hmacSigner(publicJwkText)),
    },
    {
      name: 'HS256 with the JWKS document as the secret',
      token: compact(header({ alg: 'HS256' }), claims, hmacSigner(jwt.jwks)),
    },
    {
      name: 'HS512 with the public key PEM as the secret',
      token: compact(header({ alg: 'HS512' }), claims, hmacSigner(publicPem, 'sha512')),
    },
    {
      name: 'HS256 with an empty secret and a path as kid',
      token: compact(header({ alg: 'HS256', kid: '../../../../dev/null' }), claims, hmacSigner('')),
    },
    {
      name: 'unrelated key, real kid',
      token: compact(header(), claims, asymmetricSigner(unrelatedKey, algorithm)),
    },
    {
      name: 'unrelated key, unknown kid',
      token: compact(
        header({ kid: 'mallory-key' }),
        claims,
        asymmetricSigner(unrelatedKey, algorithm),
      ),
    },
    {
      name: 'unrelated key, no kid',
      token: compact(
        { alg: algorithm, typ: 'JWT' },
        claims,
        asymmetricSigner(unrelatedKey, algorithm),
      ),
    },
    {
      name: 'unrelated key embedded in the header (jwk)',
      token: compact(
        header({ jwk: unrelatedJwk }),
        claims,
        asymmetricSigner(unrelatedKey, algorithm),
      ),
    },
    {
      name: 'unrelated key set linked from the header (jku)',
      token: compact(
        header({ kid: 'mallory-key', jku: 'http://127.0.0.1:9/jwks.json' }),
        claims,
        asymmetricSigner(unrelatedKey, algorithm),
      ),
    },
    {
      name: `${otherAlgorithm} header on an ${algorithm} set`,
      token: compact(
        header({ alg: otherAlgorithm }),
        claims,
        asymmetricSigner(otherKey, otherAlgorithm),
      ),
    },
    { name: 'expired 60 s ago', token: byRealKey({ ...claims, iat: now - 3600, exp: now - 60 }) },
    { name: 'not valid for another 60 s (nbf)', token: byRealKey({ ...claims, nbf: now + 60 }) },
    { name: 'exp as a string', token: byRealKey({ ...claims, exp: String(now + 3600) }) },
    { name: 'wrong iss', token: byRealKey({ ...claims, iss: 'https://idp.example.org' }) },
    { name: 'wrong aud', token: byRealKey({ ...claims, aud: 'another-app' }) },
    { name: 'aud list without ours', token: byRealKey({ ...claims, aud: ['another-app', 'x'] }) },
    { name: 'missing exp', token: byRealKey(without('exp')) },
    { name: 'missing sub', token: byRealKey(without('sub')) },
    { name: 'missing iss', token: byRealKey(without('iss')) },
    { name: 'missing aud', token: byRealKey(without('aud')) },
    { name: 'missing roles', token: byRealKey(without('roles')) },
    {
      name: "role 'GOD'",
      token: byRealKey({ ...claims, roles: [...FORGED_ROLES, { siteId: '*', role: 'GOD' }] }),
    },
    {
      name: 'CLUSTER_ADMIN on one site',
      token: byRealKey({ ...claims, roles: [{ siteId: SITE, role: 'CLUSTER_ADMIN' }] }),
    },
    {
      name: 'EDITOR on every site',
      token: byRealKey({ ...claims, roles: [{ siteId: '*', role: 'EDITOR' }] }),
    },
    {
      name: 'roles not a list',
      token: byRealKey({ ...claims, roles: { siteId: '*', role: 'CLUSTER_ADMIN' } }),
    },
    { name: 'payload a JSON list', token: byRealKey([claims]) },
    {
      name: 'unknown critical header',
      token: byRealKey(claims, { crit: ['govhub-anything'], 'govhub-anything': 1 }),
    },
    { name: 'truncated signature', token: powerful.slice(0, -4) },
    {
      name: 'signature of another token',
      token: `${powerfulHeader}.${powerfulPayload}.${harmlessSignature}`,
    },
    {
      name: 'PS256 header, signed with an unrelated RSA key',
      token: compact(
        header({ alg: 'PS256' }),
        claims,
        asymmetricSigner(algorithm === 'RS256' ? unrelatedKey : otherKey, 'PS256'),
      ),
    },
    {
      name: 'oversized (a valid signature on 7000 bytes)',
      token: byRealKey({ ...claims, padding: 'x'.repeat(7000) }),
    },
    { name: 'garbage: empty', token: '' },
    { name: 'garbage: not-a-jwt', token: 'not-a-jwt' },
    { name: 'garbage: a.b.c', token: 'a.b.c' },
    { name: 'garbage: dots', token: '..' },
    { name: 'garbage: header only', token: encode(header()) },
    {
      name: 'garbage: header not JSON',
      token: assemble(raw('{"alg":'), powerfulPayload ?? '', realSigner),
    },
    {
      name: 'garbage: payload not JSON',
      token: assemble(powerfulHeader ?? '', raw('{"sub":"mallory","roles":'), realSigner),
    },
    { name: 'garbage: random base64url', token: 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.AAAA' },
  ];

  if (kids.length > 1) {
    const otherKid = kids.find((kid) => kid !== real.kid) ?? '';
    tokens.push(
      {
        name: 'no kid while the set has several keys',
        token: compact({ alg: algorithm, typ: 'JWT' }, claims, realSigner),
      },
      {
        name: `kid ${otherKid}, signed with the key of ${real.kid}`,
        token: byRealKey(claims, { kid: otherKid }),
      },
    );
  }
  return tokens;
}
