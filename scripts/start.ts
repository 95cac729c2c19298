import { assertJwtKeyring } from '../core/auth';
/**
 * `npm start`: the whole hub on this machine. Without a configured MongoDB it
 * starts the local FerretDB (data in .data/ferretdb), loads the demo cluster,
 * starts the county, city and province subgraphs, then the gateway, and prints
 * where to go. Ctrl-C stops everything in reverse order; if any process dies,
 * the rest are stopped and the exit code is 1.
 */
import { Command } from 'commander';
import { relative } from 'node:path';
import type { Config } from '../core/config/loadConfig';
import { ConfigError, loadConfig } from '../core/config/loadConfig';
import { redactMongoUri } from '../core/db/redactMongoUri';
import { waitForMongo } from '../core/db/waitForMongo';
import { ensureFerretdbBinary } from '../core/ferretdb/ensureFerretdbBinary';
import { ferretdbPaths } from '../core/ferretdb/ferretdbPaths';
import type { RunningFerretdb } from '../core/ferretdb/startFerretdb';
import { startFerretdb } from '../core/ferretdb/startFerretdb';
import type { Level } from '../core/levels/level';
import { LEVELS } from '../core/levels/level';
import { isPortFree } from '../core/process/findFreePort';
import { findRepoRoot } from '../core/process/findRepoRoot';
import type { GovhubService, ServiceName } from '../core/process/govhubServices';
import {
  GOVHUB_SERVICES,
  govhubService,
  probeHost,
  serviceScript,
} from '../core/process/govhubServices';
import { PortInUseError } from '../core/process/PortInUseError';
import type { ServiceProcess } from '../core/process/spawnService';
import { describeExit, spawnService, writePrefixed } from '../core/process/spawnService';
import { waitForHttpOk } from '../core/process/waitForHttpOk';
import { seedDemoCluster } from './seed/seedDemoCluster';

const DEFAULT_FERRETDB_PORT = 27017;
const HEALTH_TIMEOUT_MS = 60_000;

interface Stoppable {
  name: string;
  stop(): Promise<void>;
  kill(): void;
}

const log = (message: string) => console.log(`[start] ${message}`);
const running: Stoppable[] = [];
let shuttingDown = false;

async function main(): Promise<void> {
  const options = new Command('start')
    .description('Run the local hub: FerretDB (unless MONGODB_URI is set), subgraphs and gateway')
    .option('--seed', 'load the demo cluster (default only with the local FerretDB)')
    .option('--no-seed', 'do not load the demo cluster')
    .parse()
    .opts<{ seed?: boolean }>();

  let config: Config;
  try {
    config = loadConfig();
    // Key set problems stop start-up here, not at the first request.
    assertJwtKeyring(config.jwt);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const root = findRepoRoot();
  await assertPortsFree(config);
  const { uris, local } = await prepareDatabase(config, root);

  const seed = options.seed ?? (local !== null && !config.production);
  if (seed) await seedDemoData(config, uris);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    APOLLO_TELEMETRY_DISABLED: '1',
    MONGODB_URI_COUNTY: uris.COUNTY,
    MONGODB_URI_CITY: uris.CITY,
    MONGODB_URI_PROVINCE: uris.PROVINCE,
  };
  // County and city first: the province's catalog reads their change logs from its first second.
  const start = (names: ServiceName[]) =>
    Promise.all(names.map((name) => startService(root, config, govhubService(name), env)));
  await start(['county', 'city']);
  await start(['province']);
  await start(['gateway']);

  if (!shuttingDown) printBanner(config, uris, local, seed);
}

/** Loads the demo cluster (idempotent: existing notices are skipped). */
async function seedDemoData(config: Config, uris: Record<Level, string>): Promise<void> {
  log('Loading the demo cluster...');
  await seedDemoCluster({ uris, dbPrefix: config.dbPrefix, log });
}

/** The configured URIs, or the local FerretDB's for every level without one. */
async function prepareDatabase(
  config: Config,
  root: string,
): Promise<{ uris: Record<Level, string>; local: { uri: string; dataDir: string } | null }> {
  const configured = LEVELS.filter((level) => config.levels[level].mongoUri !== undefined);
  const uris: Partial<Record<Level, string>> = {};
  for (const level of configured) uris[level] = config.levels[level].mongoUri;
  for (const uri of new Set(Object.values(uris))) {
    log(`Checking MongoDB at ${redactMongoUri(uri)}...`);
    await waitForMongo(uri, { timeoutMs: 15_000 });
  }
  if (configured.length === LEVELS.length)
    return { uris: uris as Record<Level, string>, local: null };

  log(`No MONGODB_URI for ${LEVELS.filter((l) => !uris[l]).join(', ')}: using the local FerretDB.`);
  const dataDir = ferretdbPaths(root).defaultDataDir;
  const server = await startLocalFerretdb(root, dataDir);
  supervise(server.process, () => server.stop());
  for (const level of LEVELS) uris[level] ??= server.uri;
  return {
    uris: uris as Record<Level, string>,
    local: { uri: server.uri, dataDir: relative(process.cwd(), dataDir) || dataDir },
  };
}

async function startLocalFerretdb(root: string, dataDir: string): Promise<RunningFerretdb> {
  const port = ferretdbPort();
  await ensureFerretdbBinary({ log, root });
  try {
    return await startFerretdb({
      dataDir,
      port,
      log,
      onLine: (line, stream) => writePrefixed(line, stream, 'ferretdb'),
    });
  } catch (error) {
    if (error instanceof PortInUseError) throw new Error(await portInUseAdvice(port));
    throw error;
  }
}

function ferretdbPort(): number {
  const raw = process.env.FERRETDB_PORT;
  if (raw === undefined || raw === '') return DEFAULT_FERRETDB_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`invalid configuration:\n  FERRETDB_PORT: not a port number: ${raw}`);
  }
  return port;
}

async function portInUseAdvice(port: number): Promise<string> {
  const uri = `mongodb://127.0.0.1:${port}/`;
  const isMongo = await waitForMongo(uri, { timeoutMs: 1_500 }).then(
    () => true,
    () => false,
  );
  return [
    `Port ${port} on 127.0.0.1 is already in use by another program${
      isMongo ? ', which answers as a MongoDB server' : ''
    }, so the local FerretDB cannot start there.`,
    isMongo
      ? `  To use that server instead: MONGODB_URI=${uri} npm start`
      : '  Stop that program, or:',
    `  To run the local FerretDB on another port: FERRETDB_PORT=${port + 1} npm start`,
  ].join('\n');
}

async function assertPortsFree(config: Config): Promise<void> {
  for (const service of GOVHUB_SERVICES) {
    const port = servicePort(config, service);
    if (!(await isPortFree(port, config.host))) {
      throw new Error(
        `Port ${port} (${service.name}) on ${config.host} is already in use by another program ` +
          `(is govhub already running?). Stop it or set ${service.portVar} to another port.`,
      );
    }
  }
}

function servicePort(config: Config, service: GovhubService): number {
  return service.level ? config.levels[service.level].port : config.gatewayPort;
}

async function startService(
  root: string,
  config: Config,
  service: GovhubService,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  if (shuttingDown) return;
  const port = servicePort(config, service);
  const child = spawnService({
    name: service.name,
    args: ['--enable-source-maps', serviceScript(root, service)],
    env,
    cwd: root,
  });
  supervise(child, async () => {
    await child.stop();
  });
  await waitForHttpOk(`http://${probeHost(config.host)}:${port}/healthz`, {
    timeoutMs: HEALTH_TIMEOUT_MS,
    abortWhen: child.exited.then((info) => `${service.name} ${describeExit(info)} while starting`),
  });
  log(`${service.name} is ready on port ${port}.`);
}

/** Registers a process to stop on shutdown, and shuts everything down if it dies on its own. */
function supervise(child: ServiceProcess, stop: () => Promise<void>): void {
  running.push({
    name: child.name,
    stop,
    kill: () => {
      if (child.exitInfo() === null) child.child.kill('SIGKILL');
    },
  });
  void child.exited.then((info) => {
    if (!shuttingDown) void shutdown(1, `${child.name} ${describeExit(info)} unexpectedly.`);
  });
}

function printBanner(
  config: Config,
  uris: Record<Level, string>,
  local: { uri: string; dataDir: string } | null,
  seeded: boolean,
): void {
  const host = probeHost(config.host);
  const row = (label: string, value: string) => `    ${label.padEnd(20)}${value}`;
  const database = local
    ? `local FerretDB ${local.uri} (data in ${local.dataDir})`
    : [...new Set(Object.values(uris))].map(redactMongoUri).join(', ');
  const lines = [
    '',
    '  govhub is running',
    '',
    row('GraphQL playground', `http://${host}:${config.gatewayPort}/graphql`),
    row('gateway', `port ${config.gatewayPort}`),
    ...LEVELS.map((level) =>
      row(
        `${level.toLowerCase()} subgraph`,
        `port ${config.levels[level].port}  ${config.levels[level].url}`,
      ),
    ),
    row('MongoDB', database),
    row('databases', LEVELS.map((level) => config.levels[level].dbName).join(', ')),
    row('demo data', seeded ? 'loaded' : 'not loaded (npm start -- --seed loads it)'),
    '',
    '  Press Ctrl-C to stop.',
    '',
  ];
  console.log(lines.join('\n'));
}

let firstSignalAt = 0;

/**
 * First SIGINT/SIGTERM: stop in order. A second one more than a second later
 * kills everything (npm forwards the terminal's Ctrl-C, so the same keypress
 * can arrive twice).
 */
function onSignal(signal: NodeJS.Signals): void {
  if (firstSignalAt === 0) {
    firstSignalAt = Date.now();
    void shutdown(0, `${signal} received: stopping (press Ctrl-C again to kill)...`);
    return;
  }
  if (Date.now() - firstSignalAt < 1_000) return;
  log('Second interrupt: killing everything.');
  for (const item of running) item.kill();
  process.exit(1);
}

async function shutdown(code: number, message: string): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  (code === 0 ? log : (m: string) => console.error(`[start] ${m}`))(message);
  for (const item of [...running].reverse()) {
    try {
      await item.stop();
    } catch (error) {
      console.error(`[start] stopping ${item.name} failed: ${errorMessage(error)}`);
    }
  }
  if (code === 0) log('Stopped.');
  process.exit(code);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => {
  void shutdown(1, errorMessage(error));
});
