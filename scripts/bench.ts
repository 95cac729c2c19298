/**
 * `npm run bench`: gateway overhead and `latest` throughput, measured side by
 * side in one run with autocannon on loopback against real processes (a
 * throw-away FerretDB unless MONGODB_URI is set). Prints the figures and keeps
 * them in bench-results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { findRepoRoot } from '../core/process';
import { startCluster } from './cluster';
import { assertAnswers } from './bench/assertAnswers';
import type { LoadFigures } from './bench/runLoad';
import { runLoad } from './bench/runLoad';
import { withLocalMongo } from './bench/withLocalMongo';
import { formatFigures } from './bench/formatFigures';

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
    .description('Gateway overhead and latest(first: 20) throughput on loopback')
    .option('-d, --duration <seconds>', 'seconds per scenario', positiveInt, 10)
    .option('-c, --connections <n>', 'concurrent connections', positiveInt, 16)
    .parse()
    .opts<{ duration: number; connections: number }>();
  const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);

  await withLocalMongo(log, async () => {
    log('starting the hub with the demo cluster...');
    const cluster = await startCluster({ env: { LOG_LEVEL: 'warn' } });
    try {
      const province = cluster.levelUrls.PROVINCE;
      await waitForCatalog(cluster.gatewayUrl);
      for (const [url, query] of [
        [cluster.gatewayUrl, ONE_SUBGRAPH],
        [province, ONE_SUBGRAPH],
        [cluster.gatewayUrl, LATEST],
      ]) {
        await assertAnswers(url, query);
      }
      const common = { connections: opts.connections, durationSeconds: opts.duration };
      const results: LoadFigures[] = [];
      for (const spec of [
        { name: 'sites (one subgraph) via gateway', url: cluster.gatewayUrl, query: ONE_SUBGRAPH },
        { name: 'sites (one subgraph) direct', url: province, query: ONE_SUBGRAPH },
        {
          name: 'latest(first: 20) + site names via gateway',
          url: cluster.gatewayUrl,
          query: LATEST,
        },
      ]) {
        log(`${spec.name}: ${opts.duration}s, ${opts.connections} connections`);
        results.push(await runLoad({ ...spec, ...common }, process.stderr.isTTY));
      }
      const [viaGateway, direct] = results;
      const ratios = {
        throughputGatewayOverDirect: viaGateway.requestsPerSecond / direct.requestsPerSecond,
        p99GatewayOverDirect: viaGateway.p99Ms / Math.max(direct.p99Ms, 1),
      };
      process.stdout.write(formatFigures(results, ratios, common));
      const dir = join(findRepoRoot(), 'bench-results');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
      writeFileSync(
        file,
        JSON.stringify({ at: new Date().toISOString(), ...common, results, ratios }, null, 2),
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
