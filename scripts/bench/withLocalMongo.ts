import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFerretdbBinary, startFerretdb } from '../../core/ferretdb';

/**
 * Runs `fn` with MONGODB_URI pointing at a database: the configured one, or a
 * throw-away local FerretDB in a temp folder (removed afterwards).
 */
export async function withLocalMongo<T>(
  log: (message: string) => void,
  fn: () => Promise<T>,
): Promise<T> {
  if (process.env.MONGODB_URI) return fn();
  await ensureFerretdbBinary({ log });
  const dataDir = mkdtempSync(join(tmpdir(), 'govhub-bench-'));
  const server = await startFerretdb({ dataDir, log });
  process.env.MONGODB_URI = server.uri;
  try {
    return await fn();
  } finally {
    delete process.env.MONGODB_URI;
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
