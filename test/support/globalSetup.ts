/**
 * jest globalSetup, exporting in process.env what the test workers (and the
 * clusters they start) inherit:
 * - tokens as in production: an ES256 key set with two keys, `test-a` (signs,
 *   JWT_SIGNING_KID) and `test-b` (for rotation tests), written to a fresh
 *   temporary folder as `npm run jwt-keys` would: jwks.json and
 *   `<kid>.private.pem`. Sets JWT_ALGORITHM, JWT_JWKS_FILE,
 *   JWT_PRIVATE_KEY_FILE, JWT_SIGNING_KID and GOVHUB_TEST_KEYS_DIR (the folder).
 * - unless MONGODB_URI is set (tests against a real MongoDB), starts the local
 *   FerretDB in a fresh temporary folder on a free loopback port and exports
 *   its URI.
 * globalTeardown.ts stops FerretDB and removes both folders.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningKey, jwkSetText } from '../../core/auth';
import { ensureFerretdbBinary } from '../../core/ferretdb/ensureFerretdbBinary';
import type { RunningFerretdb } from '../../core/ferretdb/startFerretdb';
import { startFerretdb } from '../../core/ferretdb/startFerretdb';

/** Shared with globalTeardown through globalThis (jest runs both in the same context). */
type TestHandles = { __govhubTestFerretdb?: RunningFerretdb; __govhubTestKeysDir?: string };

/** The kids of the test key set; the first one signs. */
const TEST_KIDS = ['test-a', 'test-b'] as const;

/** Writes the test key set and points the JWT_* settings at it. */
function setUpTestKeys(): void {
  const dir = mkdtempSync(join(tmpdir(), 'govhub-test-keys-'));
  const keys = TEST_KIDS.map((kid) => generateSigningKey('ES256', kid));
  for (const key of keys) {
    writeFileSync(join(dir, `${key.publicJwk.kid}.private.pem`), key.privateKeyPem, {
      mode: 0o600,
    });
  }
  writeFileSync(join(dir, 'jwks.json'), jwkSetText(keys.map((key) => key.publicJwk)));
  (globalThis as TestHandles).__govhubTestKeysDir = dir;
  process.env.GOVHUB_TEST_KEYS_DIR = dir;
  process.env.JWT_ALGORITHM = 'ES256';
  process.env.JWT_JWKS_FILE = join(dir, 'jwks.json');
  process.env.JWT_PRIVATE_KEY_FILE = join(dir, `${TEST_KIDS[0]}.private.pem`);
  process.env.JWT_SIGNING_KID = TEST_KIDS[0];
  delete process.env.JWT_JWKS;
  delete process.env.JWT_PRIVATE_KEY;
}

async function globalSetup(): Promise<void> {
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  setUpTestKeys();
  if (process.env.MONGODB_URI) return;
  await ensureFerretdbBinary({ log: (message) => console.log(`\n[test] ${message}`) });
  const dataDir = mkdtempSync(join(tmpdir(), 'govhub-test-ferretdb-'));
  const ferretdb = await startFerretdb({ dataDir });
  (globalThis as TestHandles).__govhubTestFerretdb = ferretdb;
  process.env.MONGODB_URI = ferretdb.uri;
}

// jest requires the module itself to be the function (CommonJS export).
export = globalSetup;
