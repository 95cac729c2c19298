/**
 * `npm run ferretdb`: the local MongoDB-compatible server in the foreground,
 * for poking at the data with a MongoDB shell or running processes by hand.
 * Port: --port, else FERRETDB_PORT, else 27017. Ctrl-C stops it.
 */
import { Command, InvalidArgumentError } from 'commander';
import { resolve } from 'node:path';
import { ensureFerretdbBinary } from '../core/ferretdb/ensureFerretdbBinary';
import { ferretdbPaths } from '../core/ferretdb/ferretdbPaths';
import type { FerretdbLogLevel } from '../core/ferretdb/startFerretdb';
import { startFerretdb } from '../core/ferretdb/startFerretdb';
import { findRepoRoot } from '../core/process/findRepoRoot';
import { PortInUseError } from '../core/process/PortInUseError';
import { describeExit, writePrefixed } from '../core/process/spawnService';

const LOG_LEVELS: readonly FerretdbLogLevel[] = ['debug', 'info', 'warn', 'error'];

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new InvalidArgumentError('not a port number');
  }
  return port;
}

function parseLogLevel(value: string): FerretdbLogLevel {
  const level = LOG_LEVELS.find((l) => l === value);
  if (!level) throw new InvalidArgumentError(`one of ${LOG_LEVELS.join(', ')}`);
  return level;
}

async function main(): Promise<void> {
  const root = findRepoRoot();
  const options = new Command('ferretdb')
    .description('Run the local FerretDB (MongoDB wire protocol on SQLite) in the foreground')
    .option('--port <port>', 'port on 127.0.0.1 (default FERRETDB_PORT or 27017)', parsePort)
    .option('--data-dir <dir>', 'SQLite data folder', ferretdbPaths(root).defaultDataDir)
    .option(
      '--log-level <level>',
      'debug, info, warn or error (warn logs every disconnect)',
      parseLogLevel,
      'error',
    )
    .parse()
    .opts<{ port?: number; dataDir: string; logLevel: FerretdbLogLevel }>();
  const fromEnv = process.env.FERRETDB_PORT || '27017';
  const port = options.port ?? Number(fromEnv);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`FERRETDB_PORT is not a port number: ${fromEnv}`);
  }
  const log = (message: string) => console.log(`[ferretdb] ${message}`);

  await ensureFerretdbBinary({ log, root });
  const server = await startFerretdb({
    dataDir: resolve(options.dataDir),
    port,
    logLevel: options.logLevel,
    log,
    onLine: (line, stream) => writePrefixed(line, stream, 'ferretdb'),
  }).catch((error: unknown) => {
    if (error instanceof PortInUseError) {
      throw new Error(`${error.message}; choose another with --port or FERRETDB_PORT`);
    }
    throw error;
  });
  log(`Ready: MONGODB_URI=${server.uri}  (Ctrl-C to stop)`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    log('Stopping...');
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const info = await server.process.exited;
  if (!stopping) {
    console.error(`[ferretdb] FerretDB ${describeExit(info)} unexpectedly.`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(`[ferretdb] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
