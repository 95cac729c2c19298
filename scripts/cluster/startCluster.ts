/**
 * Starts a whole hub for a cross-process test or a benchmark: the compiled county, city and
 * province subgraphs and the gateway (dist/, `npm test` builds first) on free
 * loopback ports, against the MongoDB of globalSetup (or MONGODB_URI), with a
 * database prefix of its own so test files never share data.
 *
 *   const cluster = await startCluster();          // demo cluster loaded
 *   afterAll(() => cluster.stop());                 // stops and drops the databases
 *
 * Child output is kept in memory (`cluster.output()`) and only shown when
 * start-up fails.
 *
 * The services get none of the parent's govhub variables except its JWT_*
 * settings (algorithm, key set, signing key, issuer, audience): the cluster
 * accepts the tokens its caller signs (jest's globalSetup configures an ES256
 * key set for the whole run). When `env` sets any JWT_* variable, the parent's
 * are dropped and `env` alone defines the JWT settings.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { envSchema } from '../../core/config/env';
import { connectMongo } from '../../core/db/connectMongo';
import type { Level } from '../../core/levels/level';
import { LEVELS, levelPrefix } from '../../core/levels/level';
import { findFreePorts } from '../../core/process/findFreePort';
import { findRepoRoot } from '../../core/process/findRepoRoot';
import type { GovhubService, ServiceName } from '../../core/process/govhubServices';
import { GOVHUB_SERVICES, govhubService, serviceScript } from '../../core/process/govhubServices';
import type { ServiceProcess } from '../../core/process/spawnService';
import { describeExit, spawnService } from '../../core/process/spawnService';
import { waitForHttpOk } from '../../core/process/waitForHttpOk';
import { seedDemoCluster } from '../seed/seedDemoCluster';

export interface StartClusterOptions {
  /** Extra environment for every service (wins over the defaults below). */
  env?: Record<string, string>;
  /** Load the demo cluster before the services start (default true). */
  seed?: boolean;
  /** How long each service may take to answer /healthz (default 30 s). */
  startTimeoutMs?: number;
}

export interface RunningCluster {
  /** The gateway's GraphQL endpoint: `http://127.0.0.1:<port>/graphql`. */
  gatewayUrl: string;
  /** Each subgraph's GraphQL endpoint. */
  levelUrls: Record<Level, string>;
  /** MONGODB_DB_PREFIX of this cluster (`t_<random>`): databases `${dbPrefix}_county`, ... */
  dbPrefix: string;
  /** Connection string of each level's MongoDB. */
  uris: Record<Level, string>;
  /**
   * The govhub variables the services run with (ports, URIs, prefix, ...),
   * e.g. to spawn another process against this cluster: `{ ...process.env, ...cluster.env }`.
   */
  env: Record<string, string>;
  /** Stops every service and drops the cluster's databases. Safe to call twice. */
  stop(): Promise<void>;
  /** Stops one service gracefully (SIGTERM). */
  stopService(name: ServiceName): Promise<void>;
  /** Kills one service at once (SIGKILL, as a crash would): no cleanup runs in it. */
  killService(name: ServiceName): Promise<void>;
  /** (Re)starts a stopped service on its port and waits for /healthz. */
  startService(name: ServiceName): Promise<void>;
  /** Everything the services printed so far, `[county] ...` prefixed. */
  output(): string;
}

const HOST = '127.0.0.1';
const KEEP_LINES = 5_000;

export async function startCluster(options: StartClusterOptions = {}): Promise<RunningCluster> {
  // Free ports are picked before the services bind them: a cluster started at the same moment
  // (tests run two at a time) may take one first. That start fails cleanly; try new ports.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startClusterOnce(options);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (attempt >= PORT_ATTEMPTS || !text.includes('EADDRINUSE')) throw error;
    }
  }
}

const PORT_ATTEMPTS = 3;

async function startClusterOnce(options: StartClusterOptions): Promise<RunningCluster> {
  const root = findRepoRoot(__dirname);
  for (const service of GOVHUB_SERVICES) {
    const script = serviceScript(root, service);
    if (!existsSync(script)) {
      throw new Error(`${script} is missing: run \`npm run build\` first (\`npm test\` does).`);
    }
  }
  const overrides = options.env ?? {};
  const setting = (name: string) => overrides[name] ?? process.env[name];
  const uris = {} as Record<Level, string>;
  for (const level of LEVELS) {
    const uri = setting(`MONGODB_URI_${level}`) ?? setting('MONGODB_URI');
    if (!uri) {
      throw new Error(
        'MONGODB_URI is not set: run the tests through jest (globalSetup starts FerretDB).',
      );
    }
    uris[level] = uri;
  }
  const dbPrefix = overrides.MONGODB_DB_PREFIX ?? `t_${randomBytes(5).toString('hex')}`;
  const [countyPort, cityPort, provincePort, gatewayPort] = await findFreePorts(4, HOST);
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    HOST,
    LOG_LEVEL: 'warn',
    COUNTY_PORT: String(countyPort),
    CITY_PORT: String(cityPort),
    PROVINCE_PORT: String(provincePort),
    GATEWAY_PORT: String(gatewayPort),
    MONGODB_URI_COUNTY: uris.COUNTY,
    MONGODB_URI_CITY: uris.CITY,
    MONGODB_URI_PROVINCE: uris.PROVINCE,
    MONGODB_DB_PREFIX: dbPrefix,
    ...overrides,
    APOLLO_TELEMETRY_DISABLED: '1',
  };
  const keepJwt = !Object.keys(overrides).some(isJwtSetting);
  const childEnv = { ...withoutGovhubSettings(process.env, keepJwt), ...env };
  const portOf = (service: GovhubService) => Number(env[service.portVar]);
  const url = (port: number, path: string) => `http://${HOST}:${port}${path}`;

  const lines: string[] = [];
  const record = (line: string) => {
    lines.push(line);
    if (lines.length > KEEP_LINES) lines.shift();
  };
  const output = () => lines.join('\n');
  const running = new Map<ServiceName, ServiceProcess>();

  const startService = async (name: ServiceName): Promise<void> => {
    if (running.has(name)) return;
    const service = govhubService(name);
    const child = spawnService({
      name,
      args: ['--enable-source-maps', serviceScript(root, service)],
      env: childEnv,
      cwd: root,
      onLine: (line) => record(`[${name}] ${line}`),
    });
    running.set(name, child);
    void child.exited.then((info) => {
      if (running.get(name) === child) {
        running.delete(name);
        record(`[cluster] ${name} ${describeExit(info)}`);
      }
    });
    await waitForHttpOk(url(portOf(service), '/healthz'), {
      timeoutMs: options.startTimeoutMs ?? 30_000,
      // Ports are picked free but bound later: another cluster's service may hold this one.
      accept: (body) => (body as { pid?: unknown } | null)?.pid === child.child.pid,
      abortWhen: child.exited.then((info) => `${name} ${describeExit(info)} while starting`),
    });
  };

  const stopService = async (name: ServiceName): Promise<void> => {
    const child = running.get(name);
    if (!child) return;
    running.delete(name);
    const info = await child.stop(10_000);
    record(`[cluster] ${name} stopped (${describeExit(info)})`);
  };

  const killService = async (name: ServiceName): Promise<void> => {
    const child = running.get(name);
    if (!child) return;
    running.delete(name);
    child.child.kill('SIGKILL');
    const info = await child.exited;
    record(`[cluster] ${name} killed (${describeExit(info)})`);
  };

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      for (const service of [...GOVHUB_SERVICES].reverse()) await stopService(service.name);
      await dropDatabases(uris, dbPrefix).catch((error: unknown) =>
        record(`[cluster] dropping the test databases failed: ${String(error)}`),
      );
    })();
    return stopping;
  };

  try {
    if (options.seed ?? true) {
      await seedDemoCluster({ uris, dbPrefix, log: (message) => record(`[seed] ${message}`) });
    }
    const subgraphs = GOVHUB_SERVICES.filter((service) => service.level !== null);
    await Promise.all(subgraphs.map((service) => startService(service.name)));
    await startService('gateway');
  } catch (error) {
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`startCluster failed: ${reason}\n--- service output ---\n${output()}`, {
      cause: error,
    });
  }

  return {
    gatewayUrl: url(portOf(govhubService('gateway')), '/graphql'),
    levelUrls: {
      COUNTY: url(portOf(govhubService('county')), '/graphql'),
      CITY: url(portOf(govhubService('city')), '/graphql'),
      PROVINCE: url(portOf(govhubService('province')), '/graphql'),
    },
    dbPrefix,
    uris,
    env,
    stop,
    stopService,
    killService,
    startService,
    output,
  };
}

/**
 * The parent's environment minus every variable govhub reads, so only `env`
 * configures the services; the JWT_* settings stay when `keepJwt`.
 */
function withoutGovhubSettings(source: NodeJS.ProcessEnv, keepJwt: boolean): NodeJS.ProcessEnv {
  const govhub = new Set(Object.keys(envSchema.shape));
  return Object.fromEntries(
    Object.entries(source).filter(([key]) => !govhub.has(key) || (keepJwt && isJwtSetting(key))),
  );
}

function isJwtSetting(name: string): boolean {
  return name.startsWith('JWT_');
}

async function dropDatabases(uris: Record<Level, string>, dbPrefix: string): Promise<void> {
  for (const uri of new Set(Object.values(uris))) {
    const client = await connectMongo(uri, { appName: 'govhub-test-cleanup' });
    try {
      for (const level of LEVELS) {
        if (uris[level] === uri)
          await client.db(`${dbPrefix}_${levelPrefix(level)}`).dropDatabase();
      }
    } finally {
      await client.close();
    }
  }
}
