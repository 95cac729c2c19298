import { createPrivateKey, createPublicKey } from 'node:crypto';
import { generateSigningKey } from '../generateSigningKey';
import { jwkSetAlgorithm, jwkSetText, parseJwkSet } from '../jwkSet';

describe('generateSigningKey', () => {
  it.each([
    ['ES256', { kty: 'EC', crv: 'P-256' }],
    ['RS256', { kty: 'RSA', e: 'AQAB' }],
  ] as const)('makes an %s key pair whose public JWK the key set accepts', (algorithm, fields) => {
    const key = generateSigningKey(algorithm, '2026-11');
    expect(key.publicJwk).toMatchObject({ ...fields, kid: '2026-11', alg: algorithm, use: 'sig' });
    expect(key.publicJwk).not.toHaveProperty('d');
    expect(key.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    const fromPrivate = createPublicKey(createPrivateKey(key.privateKeyPem)).export({
      format: 'jwk',
    });
    expect(key.publicJwk).toMatchObject(fromPrivate);
    const [parsed] = parseJwkSet(jwkSetText([key.publicJwk]), algorithm);
    expect(parsed?.kid).toBe('2026-11');
  });

  it('refuses an empty or overlong kid', () => {
    expect(() => generateSigningKey('ES256', '')).toThrow('kid must have 1 to 128 characters');
    expect(() => generateSigningKey('ES256', 'k'.repeat(129))).toThrow('kid must have');
  });
});

describe('jwkSetAlgorithm', () => {
  it('reads the algorithm of a set from alg, else kty', () => {
    const es = generateSigningKey('ES256', 'a').publicJwk;
    expect(jwkSetAlgorithm(jwkSetText([es]))).toBe('ES256');
    expect(jwkSetAlgorithm(jwkSetText([{ ...es, alg: undefined }]))).toBe('ES256');
    expect(jwkSetAlgorithm(JSON.stringify({ keys: [{ kty: 'RSA' }] }))).toBe('RS256');
    expect(jwkSetAlgorithm('{"keys":[]}')).toBeNull();
    expect(jwkSetAlgorithm('nope')).toBeNull();
  });
});
