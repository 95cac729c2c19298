import jwt from 'jsonwebtoken';
import type { ForgedToken } from '../../../test/support/forgedTokens';
import { forgedTokens } from '../../../test/support/forgedTokens';
import { UnauthenticatedError } from '../../errors';
import type { AsymmetricAlgorithm } from '../jwkSet';
import { signToken } from '../signToken';
import { verifyToken } from '../verifyToken';
import type { TestKeySet } from './testKeySet';
import { createTestKeySet } from './testKeySet';

const admin = {
  sub: 'ops',
  name: '运维',
  roles: [
    { siteId: '*', role: 'CLUSTER_ADMIN' as const },
    { siteId: '2101240002', role: 'EDITOR' as const },
  ],
};

function reasonOf(token: string, config: Parameters<typeof verifyToken>[1]): string {
  try {
    verifyToken(token, config);
  } catch (error) {
    if (!(error instanceof UnauthenticatedError)) throw error;
    expect(error.extensions.code).toBe('UNAUTHENTICATED');
    return error.message;
  }
  return 'accepted';
}

describe.each<AsymmetricAlgorithm>(['ES256', 'RS256'])(
  'verifyToken with an %s key set',
  (algorithm) => {
    let set: TestKeySet;
    let corpus: ForgedToken[];
    beforeAll(() => {
      set = createTestKeySet(algorithm, ['test-a', 'test-b']);
      corpus = forgedTokens(set.settings(), set.dir);
    });
    afterAll(() => set.remove());

    it('accepts a token signed with the signing key, its kid in the header', () => {
      const config = set.settings();
      const token = signToken(admin, config, { expiresIn: '1h' });
      expect(jwt.decode(token, { complete: true })?.header).toMatchObject({
        alg: algorithm,
        kid: 'test-a',
      });
      expect(verifyToken(token, config)).toEqual(admin);
    });

    it('refuses every forged token', () => {
      const config = set.settings();
      const tokens = forgedTokens(config, set.dir);
      expect(tokens.length).toBeGreaterThanOrEqual(40);
      expect(new Set(tokens.map((t) => t.name)).size).toBe(tokens.length);
      const accepted = tokens
        .map(({ name, token }) => ({ name, reason: reasonOf(token, config) }))
        .filter(({ reason }) => !reason.startsWith('invalid token: '));
      expect(accepted).toEqual([]);
    });

    it('finds the signing key in keysDir when the settings have no private key', () => {
      const config = set.settings({ signingKid: null });
      const tokens = forgedTokens(config, set.dir);
      for (const { token } of tokens) expect(reasonOf(token, config)).toMatch(/^invalid token: /);
    });

    it.each([
      ['alg none, empty signature', 'invalid token: algorithm none not allowed'],
      ['alg none, no signature part', 'invalid token: malformed'],
      ['HS256 with the public key PEM as the secret', 'invalid token: algorithm HS256 not allowed'],
      [
        'HS256 with the public JWK JSON as the secret',
        'invalid token: algorithm HS256 not allowed',
      ],
      ['unrelated key, real kid', 'invalid token: bad signature'],
      ['unrelated key, unknown kid', 'invalid token: unknown signing key'],
      ['unrelated key, no kid', 'invalid token: unknown signing key'],
      ['no kid while the set has several keys', 'invalid token: unknown signing key'],
      ['kid test-b, signed with the key of test-a', 'invalid token: bad signature'],
      ['expired 60 s ago', 'invalid token: expired'],
      ['not valid for another 60 s (nbf)', 'invalid token: not yet valid'],
      ['wrong iss', 'invalid token: wrong issuer'],
      ['wrong aud', 'invalid token: wrong audience'],
      ['missing exp', 'invalid token: missing or invalid claims: exp'],
      ['missing sub', 'invalid token: missing or invalid claims: sub'],
      ['missing roles', 'invalid token: missing or invalid claims: roles'],
      ['CLUSTER_ADMIN on one site', 'invalid token: missing or invalid claims: roles.0'],
      ['real alg, signature removed', 'invalid token: unsigned'],
      ['signature of another token', 'invalid token: bad signature'],
      ['unknown critical header', 'invalid token: unsupported critical header'],
      ['oversized (a valid signature on 7000 bytes)', 'invalid token: too long'],
    ])('refuses "%s": %s', (name, reason) => {
      const config = set.settings();
      const forged = corpus.find((t) => t.name === name);
      if (!forged) throw new Error(`no forged token named ${name}`);
      expect(reasonOf(forged.token, config)).toBe(reason);
    });

    it('refuses the other asymmetric algorithm by name', () => {
      const config = set.settings();
      const other = algorithm === 'ES256' ? 'RS256' : 'ES256';
      const forged = forgedTokens(config, set.dir).find((t) =>
        t.name.startsWith(`${other} header`),
      );
      expect(forged && reasonOf(forged.token, config)).toBe(
        `invalid token: algorithm ${other} not allowed`,
      );
    });

    it('rotation: a token of the second key verifies while its kid is in the set, not after', () => {
      const signedByB = signToken(admin, set.settings({ signingKid: 'test-b' }), { expiresIn: 60 });
      const signedByA = signToken(admin, set.settings(), { expiresIn: 60 });
      const bothKeys = set.settings();
      expect(verifyToken(signedByB, bothKeys)).toEqual(admin);
      expect(verifyToken(signedByA, bothKeys)).toEqual(admin);

      const withoutB = set.settings({ kids: ['test-a'] });
      expect(reasonOf(signedByB, withoutB)).toBe('invalid token: unknown signing key');
      expect(verifyToken(signedByA, withoutB)).toEqual(admin);
    });

    it('accepts a token without kid only when the set has exactly one key', () => {
      const onlyA = set.settings({ kids: ['test-a'] });
      const keyA = set.keys['test-a']?.privateKeyPem ?? '';
      const claims = { ...admin, iss: onlyA.issuer, aud: onlyA.audience };
      const noKid = jwt.sign(claims, keyA, { algorithm, expiresIn: 60 });
      expect(verifyToken(noKid, onlyA)).toEqual(admin);
      expect(reasonOf(noKid, set.settings())).toBe('invalid token: unknown signing key');
    });
  },
);
