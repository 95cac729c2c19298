import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GeneratedSigningKey } from '../generateSigningKey';
import { generateSigningKey } from '../generateSigningKey';
import type { AsymmetricAlgorithm } from '../jwkSet';
import { jwkSetText } from '../jwkSet';
import type { JwtConfig } from '../jwtConfig';

/** Keys generated for one test file, written to a temporary folder as `npm run jwt-keys` does. */
export interface TestKeySet {
  algorithm: AsymmetricAlgorithm;
  dir: string;
  keys: Record<string, GeneratedSigningKey>;
  /** JWKS text with the public keys of `kids` (default: all, in order). */
  jwks(kids?: string[]): string;
  /** Settings that verify with `kids` and, when `signingKid` is given, sign with that key. */
  settings(options?: { kids?: string[]; signingKid?: string | null }): JwtConfig;
  remove(): void;
}

export function createTestKeySet(algorithm: AsymmetricAlgorithm, kids: string[]): TestKeySet {
  const dir = mkdtempSync(join(tmpdir(), 'govhub-auth-test-'));
  const keys = Object.fromEntries(kids.map((kid) => [kid, generateSigningKey(algorithm, kid)]));
  const jwks = (only = kids) => jwkSetText(only.map((kid) => keyOf(keys, kid).publicJwk));
  for (const kid of kids) {
    writeFileSync(join(dir, `${kid}.private.pem`), keyOf(keys, kid).privateKeyPem, { mode: 0o600 });
  }
  writeFileSync(join(dir, 'jwks.json'), jwks());
  return {
    algorithm,
    dir,
    keys,
    jwks,
    settings: ({ kids: only = kids, signingKid = kids[0] ?? null } = {}) => ({
      algorithm,
      secret: 'unused-with-a-key-set-0123456789',
      issuer: 'govhub-test',
      audience: 'govhub',
      jwks: jwks(only),
      privateKey: signingKid === null ? null : keyOf(keys, signingKid).privateKeyPem,
      signingKid,
    }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function keyOf(keys: Record<string, GeneratedSigningKey>, kid: string): GeneratedSigningKey {
  const key = keys[kid];
  if (!key) throw new Error(`no test key ${kid}`);
  return key;
}
