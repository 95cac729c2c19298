/**
 * jest globalSetup: unless MONGODB_URI is set (tests against a real MongoDB),
 * starts the local FerretDB in a fresh temporary folder on a free loopback port
 * and exports its URI in process.env, which the test workers inherit.
 * globalTeardown.ts stops it and removes the folder.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFerretdbBinary } from '../../core/ferretdb/ensureFerretdbBinary';
import type { RunningFerretdb } from '../../core/ferretdb/startFerretdb';
import { startFerretdb } from '../../core/ferretdb/startFerretdb';

/** Shared with globalTeardown through globalThis (jest runs both in the same context). */
type TestFerretdbHandle = { __govhubTestFerretdb?: RunningFerretdb };

async function globalSetup(): Promise<void> {
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  if (process.env.MONGODB_URI) return;
  await ensureFerretdbBinary({ log: (message) => console.log(`\n[test] ${message}`) });
  const dataDir = mkdtempSync(join(tmpdir(), 'govhub-test-ferretdb-'));
  const ferretdb = await startFerretdb({ dataDir });
  (globalThis as TestFerretdbHandle).__govhubTestFerretdb = ferretdb;
  process.env.MONGODB_URI = ferretdb.uri;
}

// jest requires the module itself to be the function (CommonJS export).
export = globalSetup;
