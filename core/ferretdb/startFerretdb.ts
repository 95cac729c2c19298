import { existsSync, mkdirSync } from 'node:fs';
import { waitForMongo } from '../db/waitForMongo';
import { findFreePort, isPortFree } from '../process/findFreePort';
import { PortInUseError } from '../process/PortInUseError';
import type { OutputStream, ServiceProcess } from '../process/spawnService';
import { describeExit, spawnService } from '../process/spawnService';
import { ferretdbPaths } from './ferretdbPaths';

/** FerretDB could not bind its port (taken between the check and the start). */
class BindError extends Error {}

export type FerretdbLogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface StartFerretdbOptions {
  /** SQLite files live here (created when missing). */
  dataDir: string;
  /** Default: a free port picked by the OS. An explicit port that is taken throws a PortInUseError. */
  port?: number;
  /** Default 127.0.0.1: FerretDB has no authentication, keep it on loopback. */
  host?: string;
  /** FerretDB's own log level. Default `error`: `warn` logs every client disconnect. */
  logLevel?: FerretdbLogLevel;
  /** Progress messages. */
  log?: (message: string) => void;
  /** Each line FerretDB prints; default: kept only for error messages. */
  onLine?: (line: string, stream: OutputStream) => void;
  /** How long to wait for the first successful `ping` (default 30 s). */
  startTimeoutMs?: number;
  /** Binary to run; default `.tools/bin/govhub-ferretdb` (see ensureFerretdbBinary). */
  binary?: string;
}

export interface RunningFerretdb {
  /** `mongodb://host:port/` */
  uri: string;
  host: string;
  port: number;
  dataDir: string;
  process: ServiceProcess;
  /** SIGTERM, SIGKILL after 10 s; resolves when the server has exited. */
  stop(): Promise<void>;
}

/**
 * Starts the local FerretDB (MongoDB wire protocol on SQLite) and resolves
 * once a driver `ping` succeeds. On failure the error carries the server's output.
 */
export async function startFerretdb(options: StartFerretdbOptions): Promise<RunningFerretdb> {
  const host = options.host ?? '127.0.0.1';
  const binary = options.binary ?? ferretdbPaths().binary;
  if (!existsSync(binary)) {
    throw new Error(`FerretDB binary not found at ${binary} (call ensureFerretdbBinary first)`);
  }
  mkdirSync(options.dataDir, { recursive: true });
  if (options.port !== undefined) {
    if (!(await isPortFree(options.port, host))) {
      throw new PortInUseError(host, options.port, 'FerretDB');
    }
    return launch(binary, host, options.port, options);
  }
  // A port found free may be taken before FerretDB binds it: try a few.
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort(host);
    try {
      return await launch(binary, host, port, options);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof BindError)) throw error;
    }
  }
}

async function launch(
  binary: string,
  host: string,
  port: number,
  options: StartFerretdbOptions,
): Promise<RunningFerretdb> {
  const log = options.log ?? (() => undefined);
  const listen = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  const service = spawnService({
    name: 'ferretdb',
    command: binary,
    args: [
      '--listen-addr',
      listen,
      '--data-dir',
      options.dataDir,
      '--log-level',
      options.logLevel ?? 'error',
    ],
    env: process.env,
    onLine: (line, stream) => options.onLine?.(line, stream),
  });
  const uri = `mongodb://${listen}/`;
  log(`Starting FerretDB on ${listen} (data in ${options.dataDir})...`);
  try {
    await waitForMongo(uri, {
      timeoutMs: options.startTimeoutMs ?? 30_000,
      abortWhen: service.exited.then((info) => `FerretDB ${describeExit(info)}`),
    });
  } catch (error) {
    await service.stop(2_000);
    const output = service.recentOutput();
    const message = `${error instanceof Error ? error.message : String(error)}${
      output ? `\nFerretDB output:\n${output}` : ''
    }`;
    throw /address already in use/i.test(output) ? new BindError(message) : new Error(message);
  }
  return {
    uri,
    host,
    port,
    dataDir: options.dataDir,
    process: service,
    async stop() {
      await service.stop(10_000);
    },
  };
}
