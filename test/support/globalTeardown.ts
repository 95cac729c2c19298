/**
 * jest globalTeardown: stops the FerretDB globalSetup.ts started and removes
 * its data folder and the folder of the test keys.
 */
import { rmSync } from 'node:fs';
import type { RunningFerretdb } from '../../core/ferretdb/startFerretdb';

async function globalTeardown(): Promise<void> {
  const handle = globalThis as {
    __govhubTestFerretdb?: RunningFerretdb;
    __govhubTestKeysDir?: string;
  };
  const keysDir = handle.__govhubTestKeysDir;
  if (keysDir) {
    handle.__govhubTestKeysDir = undefined;
    rmSync(keysDir, { recursive: true, force: true });
    if (process.env.GOVHUB_TEST_KEYS_DIR === keysDir) delete process.env.GOVHUB_TEST_KEYS_DIR;
  }
  const ferretdb = handle.__govhubTestFerretdb;
  if (!ferretdb) return;
  handle.__govhubTestFerretdb = undefined;
  await ferretdb.stop();
  rmSync(ferretdb.dataDir, { recursive: true, force: true });
  if (process.env.MONGODB_URI === ferretdb.uri) delete process.env.MONGODB_URI;
}

// jest requires the module itself to be the function (CommonJS export).
export = globalTeardown;
