import type { JsonWebKey } from 'node:crypto';
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { ConfigError } from '../../config';
import { generateSigningKey } from '../generateSigningKey';
import { jwkSetText } from '../jwkSet';
import type { JwtConfig } from '../jwtConfig';
import { NO_SIGNING_KEY, assertJwtKeyring, jwtKeyring } from '../jwtKeyring';
import { signToken } from '../signToken';
import type { TestKeySet } from './testKeySet';
import { createTestKeySet } from './testKeySet';

let set: TestKeySet;
beforeAll(() => {
  set = createTestKeySet('ES256', ['test-a', 'test-b']);
});
afterAll(() => set.remove());

const publicJwk = (kid: string) => {
  const key = set.keys[kid];
  if (!key) throw new Error(`no key ${kid}`);
  return key.publicJwk;
};

/** The ConfigError message of these settings ('' when they are fine). */
function problemsOf(config: JwtConfig): string {
  try {
    assertJwtKeyring(config);
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
}

/** Settings that only verify, with a key set holding `keys`. */
const withKeys = (...keys: unknown[]): JwtConfig => ({
  ...set.settings({ signingKid: null }),
  jwks: JSON.stringify({ keys }),
});

describe('jwtKeyring', () => {
  it('HS256: the shared secret, HS256 only', () => {
    const config: JwtConfig = {
      algorithm: 'HS256',
      secret: 'a-test-secret-of-32-characters!!',
      issuer: 'i',
      audience: 'a',
      jwks: null,
      privateKey: null,
      signingKid: null,
    };
    const keyring = jwtKeyring(config);
    expect(keyring.algorithms).toEqual(['HS256']);
    expect(keyring.verificationKey({ alg: 'HS256' })).toBe(config.secret);
    expect(keyring.verificationKey({ alg: 'none' })).toBeNull();
    expect(keyring.signing).toEqual({ algorithm: 'HS256', key: config.secret });
  });

  it('ES256: pins the algorithm and picks the key by kid', () => {
    const keyring = jwtKeyring(set.settings());
    expect(keyring.algorithms).toEqual(['ES256']);
    const a = keyring.verificationKey({ alg: 'ES256', kid: 'test-a' });
    const b = keyring.verificationKey({ alg: 'ES256', kid: 'test-b' });
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(a).not.toBe(b);
    expect(keyring.verificationKey({ alg: 'ES256', kid: 'nope' })).toBeNull();
    expect(keyring.verificationKey({ alg: 'ES256', kid: 'constructor' })).toBeNull();
    expect(keyring.verificationKey({ alg: 'ES256' })).toBeNull(); // two keys, no kid
    expect(keyring.verificationKey({ alg: 'HS256', kid: 'test-a' })).toBeNull();
    expect(keyring.verificationKey({ alg: 'RS256', kid: 'test-a' })).toBeNull();
    expect(keyring.signing).toMatchObject({ algorithm: 'ES256', keyId: 'test-a' });
  });

  it('uses the only key of a one-key set for a token without kid', () => {
    const keyring = jwtKeyring(set.settings({ kids: ['test-a'] }));
    expect(keyring.verificationKey({ alg: 'ES256' })).not.toBeNull();
  });

  it('is built once per settings object', () => {
    const config = set.settings();
    expect(jwtKeyring(config)).toBe(jwtKeyring(config));
    expect(jwtKeyring({ ...config })).not.toBe(jwtKeyring(config));
  });

  it('has no signing key without a private key; signToken says what to set', () => {
    const config = set.settings({ signingKid: null });
    expect(jwtKeyring(config).signing).toBeNull();
    expect(() => signToken({ sub: 'x', name: 'x', roles: [] }, config, { expiresIn: 60 })).toThrow(
      NO_SIGNING_KEY,
    );
    expect(NO_SIGNING_KEY).toBe(
      'this process has no signing key: set JWT_PRIVATE_KEY_FILE and JWT_SIGNING_KID',
    );
  });

  it('ignores JWT_SIGNING_KID without a private key (a process that only verifies)', () => {
    const config = { ...set.settings({ signingKid: null }), signingKid: 'test-a' };
    expect(problemsOf(config)).toBe('');
    expect(jwtKeyring(config).signing).toBeNull();
  });

  it('reads a private key given as a JWK', () => {
    const pem = set.keys['test-b']?.privateKeyPem ?? '';
    const jwk = { ...createPrivateKey(pem).export({ format: 'jwk' }), kid: 'test-b' };
    const config = { ...set.settings(), privateKey: JSON.stringify(jwk), signingKid: 'test-b' };
    expect(jwtKeyring(config).signing).toMatchObject({ keyId: 'test-b' });
  });

  it('checks an RS256 set: RSA keys of at least 2048 bits', () => {
    const rsa = generateSigningKey('RS256', 'rsa-1');
    const config: JwtConfig = {
      ...set.settings({ signingKid: null }),
      algorithm: 'RS256',
      jwks: jwkSetText([rsa.publicJwk]),
      privateKey: rsa.privateKeyPem,
      signingKid: 'rsa-1',
    };
    expect(jwtKeyring(config).algorithms).toEqual(['RS256']);

    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey;
    const smallJwk = { ...small.export({ format: 'jwk' }), kid: 'small' };
    expect(
      problemsOf({ ...config, jwks: jwkSetText([smallJwk]), privateKey: null, signingKid: null }),
    ).toContain('key 1 (kid "small"): RSA key of 1024 bits is too small (at least 2048)');
    expect(problemsOf({ ...config, jwks: jwkSetText([publicJwk('test-a')]) })).toContain(
      'kty "EC" does not fit RS256',
    );
  });
});

describe('assertJwtKeyring refuses unusable settings at start-up', () => {
  const p384 = () => ({
    ...generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey.export({ format: 'jwk' }),
    kid: 'p384',
  });
  const rsaJwk = (): JsonWebKey => ({
    ...generateSigningKey('RS256', 'rsa').publicJwk,
  });

  it.each<[string, () => Partial<JwtConfig>, string]>([
    ['no key set', () => ({ jwks: null }), 'JWT_JWKS: ES256 needs the verification keys'],
    ['not JSON', () => ({ jwks: 'keys: []' }), 'JWT_JWKS: not JSON'],
    ['not a JWKS', () => ({ jwks: '[]' }), 'JWT_JWKS: not a JWKS document'],
    ['an empty set', () => ({ jwks: '{"keys":[]}' }), 'JWT_JWKS: the key set has no keys'],
  ])('%s', (_name, change, message) => {
    expect(problemsOf({ ...set.settings({ signingKid: null }), ...change() })).toContain(message);
  });

  it.each<[string, () => unknown, string]>([
    ['a key without kid', () => ({ ...publicJwk('test-a'), kid: undefined }), 'no kid'],
    ['an RSA key', rsaJwk, 'kty "RSA" does not fit ES256'],
    ['a P-384 key', p384, 'crv "P-384" does not fit ES256 (needs P-256)'],
    ['alg RS256', () => ({ ...publicJwk('test-a'), alg: 'RS256' }), 'alg "RS256" is not ES256'],
    ['use enc', () => ({ ...publicJwk('test-a'), use: 'enc' }), 'use "enc" is not "sig"'],
    [
      'key_ops without verify',
      () => ({ ...publicJwk('test-a'), key_ops: ['encrypt'] }),
      'key_ops does not include "verify"',
    ],
    [
      'a private key',
      () => ({
        ...createPrivateKey(set.keys['test-a']?.privateKeyPem ?? '').export({ format: 'jwk' }),
        kid: 'test-a',
      }),
      'holds private or symmetric key material',
    ],
    ['a symmetric key', () => ({ kty: 'oct', k: 'c2VjcmV0', kid: 'hmac' }), 'holds private'],
    [
      'a point off the curve',
      () => ({ ...publicJwk('test-a'), y: publicJwk('test-b').y }),
      'not a valid EC public key',
    ],
    ['not an object', () => 'key', 'not a JSON object'],
  ])('a set with %s', (_name, key, message) => {
    const config = withKeys(publicJwk('test-b'), key());
    expect(problemsOf(config)).toContain(`JWT_JWKS: key 2`);
    expect(problemsOf(config)).toContain(message);
  });

  it('a duplicate kid', () => {
    expect(problemsOf(withKeys(publicJwk('test-a'), publicJwk('test-a')))).toContain(
      'JWT_JWKS: key 2 (kid "test-a"): duplicate kid',
    );
  });

  it('names every problem at once', () => {
    const message = problemsOf(withKeys({ kty: 'EC' }, publicJwk('test-a'), rsaJwk()));
    expect(message.split('\n')).toHaveLength(3);
    expect(message).toMatch(/^invalid configuration:\n {2}JWT_JWKS: key 1: no kid/);
    expect(message).toContain('JWT_JWKS: key 3 (kid "rsa"): kty "RSA" does not fit ES256');
  });

  it('a private key without JWT_SIGNING_KID', () => {
    expect(problemsOf({ ...set.settings(), signingKid: null })).toContain(
      'JWT_SIGNING_KID: required with a private key',
    );
  });

  it('a JWT_SIGNING_KID that is not in the set', () => {
    expect(problemsOf({ ...set.settings(), signingKid: 'test-c' })).toContain(
      'JWT_SIGNING_KID: "test-c" names no key of the key set (kids: test-a, test-b)',
    );
  });

  it('a private key that does not match the public key of its kid', () => {
    expect(problemsOf({ ...set.settings(), signingKid: 'test-b' })).toContain(
      'JWT_PRIVATE_KEY: does not match the public key "test-b" of the key set',
    );
  });

  it('a private key that cannot be read, without quoting it', () => {
    const message = problemsOf({ ...set.settings(), privateKey: 'not-a-key-SECRETMATERIAL' });
    expect(message).toContain('JWT_PRIVATE_KEY: not a usable PEM or JWK private key');
    expect(message).not.toContain('SECRETMATERIAL');
  });

  it('a public JWK given as the private key', () => {
    expect(
      problemsOf({ ...set.settings(), privateKey: JSON.stringify(publicJwk('test-a')) }),
    ).toContain('JWT_PRIVATE_KEY: the JWK is a public key (no "d")');
  });

  it('a private key of the wrong type', () => {
    const rsa = generateSigningKey('RS256', 'test-a');
    expect(problemsOf({ ...set.settings(), privateKey: rsa.privateKeyPem })).toContain(
      'JWT_PRIVATE_KEY: not an EC P-256 key',
    );
  });

  it('an encrypted PEM', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' })
      .toString();
    expect(problemsOf({ ...set.settings(), privateKey: pem })).toContain(
      'JWT_PRIVATE_KEY: not a usable PEM or JWK private key',
    );
  });

  it('fails again on the next call (nothing half-built is cached)', () => {
    const config = { ...set.settings(), signingKid: 'test-c' };
    expect(() => jwtKeyring(config)).toThrow(ConfigError);
    expect(() => jwtKeyring(config)).toThrow(ConfigError);
  });
});
