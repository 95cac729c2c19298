/**
 * `npm run bench`: gateway overhead, `latest` throughput, the cost of ES256
 * auth and the gateway's behaviour under a flood of hostile operations,
 * measured side by side in one run with autocannon on loopback against real
 * processes (a throw-away FerretDB unless MONGODB_URI is set). Prints the
 * figures and keeps them in bench-results/.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { GATEWAY_SECRET_HEADER, signToken } from '../core/auth';
import { loadConfig } from '../core/config';
import { findRepoRoot } from '../core/process';
import { startCluster } from './cluster';
import { assertAnswers } from './bench/assertAnswers';
import { assertRefused } from './bench/assertRefused';
import { es256Env } from './bench/es256Env';
import type { BenchRatios } from './bench/formatFigures';
import { formatFigures } from './bench/formatFigures';
import { HOSTILE_QUERIES } from './bench/hostileQueries';
import type { LoadFigures } from './bench/runLoad';
import { runLoad } from './bench/runLoad';
import { withLocalMongo } from './bench/withLocalMongo';

process.env.APOLLO_TELEMETRY_DISABLED = '1';

const ONE_SUBGRAPH = '{ sites(level: COUNTY) { id name code regionCode } }';
const LATEST =
  '{ latest(first: 20) { totalCount edges { cursor node { id title publishedAt site { name } } } } }';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

async function main(): Promise<void> {
  const opts = new Command('bench')
    .description(
      'Gateway overhead, latest(first: 20) throughput, auth cost and a hostile flood, on loopback',
    )
    .option('-d, --duration <seconds>', 'seconds per scenario', positiveInt, 10)
    .option('-c, --connections <n>', 'concurrent connections', positiveInt, 16)
    .option(
      '--flood-connections <n>',
      'connections of the hostile flood (default: half)',
      positiveInt,
    )
    .parse()
    .opts<{ duration: number; connections: number; floodConnections?: number }>();
  const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);
  const floodConnections = opts.floodConnections ?? Math.max(1, Math.round(opts.connections / 2));

  await withLocalMongo(log, async () => {
    log('starting the hub with the demo cluster (ES256 tokens, no rate limit)...');
    const env = {
      LOG_LEVEL: 'warn',
      ...es256Env(),
      GATEWAY_SHARED_SECRET: randomBytes(24).toString('hex'),
      // The flood and the reads all come from one address.
      RATE_LIMIT_PER_MINUTE: '0',
    };
    const cluster = await startCluster({ env });
    try {
      const gateway = cluster.gatewayUrl;
      const province = cluster.levelUrls.PROVINCE;
      // Subgraphs answer only the gateway (and the benchmark, which knows the secret).
      const direct = { [GATEWAY_SECRET_HEADER]: env.GATEWAY_SHARED_SECRET };
      const reader = { sub: 'bench-reader', name: 'bench reader', roles: [] };
      const token = signToken(reader, loadConfig(env).jwt, { expiresIn: '1h' });
      const signedIn = { authorization: `Bearer ${token}` };
      await waitForCatalog(gateway);
      await assertAnswers(gateway, ONE_SUBGRAPH);
      await assertAnswers(province, ONE_SUBGRAPH, direct);
      await assertAnswers(gateway, LATEST);
      await assertAnswers(gateway, LATEST, signedIn);
      for (const query of HOSTILE_QUERIES) await assertRefused(gateway, query);

      const common = { connections: opts.connections, durationSeconds: opts.duration };
      const run = async (spec: Parameters<typeof runLoad>[0], progress = true) => {
        log(`${spec.name}: ${spec.durationSeconds}s, ${spec.connections} connections`);
        return runLoad(spec, progress && process.stderr.isTTY);
      };
      const viaGateway = await run({
        name: 'sites (one subgraph) via gateway',
        url: gateway,
        query: ONE_SUBGRAPH,
        ...common,
      });
      const viaDirect = await run({
        name: 'sites (one subgraph) direct',
        url: province,
        query: ONE_SUBGRAPH,
        headers: direct,
        ...common,
      });
      const anonymous = await run({
        name: 'latest(first: 20) + site names via gateway',
        url: gateway,
        query: LATEST,
        ...common,
      });
      const withToken = await run({
        name: 'latest(first: 20), ES256 token',
        url: gateway,
        query: LATEST,
        headers: signedIn,
        ...common,
      });
      log(`hostile flood: ${floodConnections} more connections alongside the reads`);
      const [duringFlood, flood] = await Promise.all([
        run({
          name: 'latest(first: 20) during a hostile flood',
          url: gateway,
          query: LATEST,
          ...common,
        }),
        runLoad(
          {
            name: 'hostile flood (all refused)',
            url: gateway,
            query: HOSTILE_QUERIES,
            connections: floodConnections,
            durationSeconds: opts.duration,
          },
          false,
        ),
      ]);
      const results: LoadFigures[] = [viaGateway, viaDirect, anonymous, withToken, duringFlood];
      const ratios: BenchRatios = {
        throughputGatewayOverDirect: viaGateway.requestsPerSecond / viaDirect.requestsPerSecond,
        p99GatewayOverDirect: viaGateway.p99Ms / Math.max(viaDirect.p99Ms, 1),
        p99DuringFloodOverAlone: duringFlood.p99Ms / Math.max(anonymous.p99Ms, 1),
        hostileRefusedPerSecond: (flood.non2xx - flood.serverErrors) / opts.duration,
        hostileServerErrors: flood.serverErrors,
        throughputTokenOverAnonymous: withToken.requestsPerSecond / anonymous.requestsPerSecond,
        p50TokenOverAnonymous: withToken.p50Ms / Math.max(anonymous.p50Ms, 1),
        p99TokenOverAnonymous: withToken.p99Ms / Math.max(anonymous.p99Ms, 1),
      };
      const setup = { ...common, floodConnections };
      process.stdout.write(formatFigures(results, ratios, setup, anonymous, duringFlood));
      const dir = join(findRepoRoot(), 'bench-results');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
      writeFileSync(
        file,
        JSON.stringify(
          { at: new Date().toISOString(), ...setup, results: [...results, flood], ratios },
          null,
          2,
        ),
      );
      log(`figures saved to ${file}`);
    } finally {
      await cluster.stop();
    }
  });
}

async function waitForCatalog(gatewayUrl: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  let last = -1;
  for (;;) {
    const res = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ latest(first: 1) { totalCount } }' }),
    });
    const body = (await res.json()) as { data?: { latest?: { totalCount?: number } } };
    const count = body.data?.latest?.totalCount ?? 0;
    if (count > 0 && count === last) return;
    if (Date.now() > deadline) throw new Error('the province catalog did not fill within 60 s');
    last = count;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
