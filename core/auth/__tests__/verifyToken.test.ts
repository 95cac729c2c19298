import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { UnauthenticatedError } from '../../errors';
import type { JwtConfig } from '../jwtConfig';
import { signToken } from '../signToken';
import { verifyToken } from '../verifyToken';

const config: JwtConfig = {
  algorithm: 'HS256',
  secret: 'a-test-secret-of-32-characters!!',
  issuer: 'govhub-test',
  audience: 'govhub',
  jwks: null,
  privateKey: null,
  signingKid: null,
};
const editor = {
  sub: 'alice',
  name: '张三',
  roles: [{ siteId: '2101240002', role: 'EDITOR' as const }],
};
const now = () => Math.floor(Date.now() / 1000);

/** A token with exactly these claims (no defaults added), signed with the test secret unless told. */
function rawToken(
  claims: Record<string, unknown>,
  secret = config.secret,
  algorithm: jwt.Algorithm = 'HS256',
) {
  return jwt.sign(claims, secret, { algorithm });
}

const validClaims = () => ({
  ...editor,
  iss: config.issuer,
  aud: config.audience,
  exp: now() + 60,
});

function reasonOf(token: string): string {
  try {
    verifyToken(token, config);
  } catch (error) {
    expect(error).toBeInstanceOf(UnauthenticatedError);
    expect((error as UnauthenticatedError).extensions.code).toBe('UNAUTHENTICATED');
    return (error as Error).message;
  }
  throw new Error('token was accepted');
}

describe('verifyToken', () => {
  it('returns the principal of a valid token', () => {
    const token = signToken(editor, config, { expiresIn: '1h' });
    expect(verifyToken(token, config)).toEqual(editor);
  });

  it('accepts cluster-wide roles on site *', () => {
    const admin = {
      sub: 'ops',
      name: '运维',
      roles: [{ siteId: '*', role: 'CLUSTER_ADMIN' as const }],
    };
    expect(verifyToken(signToken(admin, config, { expiresIn: 60 }), config)).toEqual(admin);
  });

  it('rejects an expired token', () => {
    expect(reasonOf(rawToken({ ...validClaims(), exp: now() - 60 }))).toBe(
      'invalid token: expired',
    );
  });

  it('allows 5 seconds of clock skew on exp', () => {
    expect(verifyToken(rawToken({ ...validClaims(), exp: now() - 2 }), config).sub).toBe('alice');
  });

  it('rejects a token from another issuer', () => {
    expect(reasonOf(rawToken({ ...validClaims(), iss: 'someone-else' }))).toBe(
      'invalid token: wrong issuer',
    );
  });

  it('rejects a token for another audience', () => {
    expect(reasonOf(rawToken({ ...validClaims(), aud: 'another-app' }))).toBe(
      'invalid token: wrong audience',
    );
  });

  it('rejects alg none', () => {
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode(validClaims())}.`;
    expect(reasonOf(unsigned)).toBe('invalid token: algorithm none not allowed');
  });

  it('rejects HS256 signed with another secret', () => {
    expect(reasonOf(rawToken(validClaims(), 'another-secret-of-32-characters!!'))).toBe(
      'invalid token: bad signature',
    );
  });

  it('rejects algorithms other than HS256, even with the right secret', () => {
    expect(reasonOf(rawToken(validClaims(), config.secret, 'HS512'))).toBe(
      'invalid token: algorithm HS512 not allowed',
    );
  });

  it('rejects an RS256 token', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const token = jwt.sign(validClaims(), privateKey, { algorithm: 'RS256' });
    expect(reasonOf(token)).toBe('invalid token: algorithm RS256 not allowed');
  });

  it.each(['sub', 'name', 'roles', 'exp', 'iss', 'aud'])('rejects a token without %s', (claim) => {
    const claims = Object.fromEntries(
      Object.entries(validClaims()).filter(([name]) => name !== claim),
    );
    expect(reasonOf(rawToken(claims))).toMatch(/^invalid token: /);
  });

  it('names the claims that are missing or invalid', () => {
    const { exp, iss, aud } = validClaims();
    expect(
      reasonOf(rawToken({ exp, iss, aud, sub: 'x', roles: [{ siteId: 's', role: 'KING' }] })),
    ).toBe('invalid token: missing or invalid claims: name, roles.0.role');
  });

  it('rejects a cluster role bound to one site, and a site role on *', () => {
    const clusterOnSite = {
      ...validClaims(),
      roles: [{ siteId: '2101240002', role: 'CLUSTER_ADMIN' }],
    };
    const editorEverywhere = { ...validClaims(), roles: [{ siteId: '*', role: 'EDITOR' }] };
    expect(reasonOf(rawToken(clusterOnSite))).toMatch(/invalid claims: roles\.0/);
    expect(reasonOf(rawToken(editorEverywhere))).toMatch(/invalid claims: roles\.0/);
  });

  it('rejects garbage', () => {
    expect(reasonOf('not-a-jwt')).toBe('invalid token: malformed');
    expect(reasonOf('a.b.c')).toBe('invalid token: malformed');
  });

  it('rejects a header that is not JSON as malformed (not with a SyntaxError)', () => {
    const [, payload, signature] = rawToken(validClaims()).split('.');
    const header = Buffer.from('{"alg":').toString('base64url');
    expect(reasonOf(`${header}.${payload}.${signature}`)).toBe('invalid token: malformed');
  });

  it('rejects a token with a critical header extension', () => {
    const token = jwt.sign(validClaims(), config.secret, {
      algorithm: 'HS256',
      header: { alg: 'HS256', crit: ['exp'] },
    });
    expect(reasonOf(token)).toBe('invalid token: unsupported critical header');
  });
});
