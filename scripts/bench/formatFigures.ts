import type { LoadFigures } from './runLoad';

/** The benchmark's printed table: one row per scenario, then the gateway/direct ratios. */
export function formatFigures(
  results: LoadFigures[],
  ratios: { throughputGatewayOverDirect: number; p99GatewayOverDirect: number },
  setup: { connections: number; durationSeconds: number },
): string {
  const width = Math.max(...results.map((r) => r.name.length));
  const lines = [
    '',
    `govhub bench: ${setup.connections} connections, ${setup.durationSeconds}s per scenario, loopback`,
    '',
    `${'scenario'.padEnd(width)}  ${'req/s'.padStart(8)}  ${'p50 ms'.padStart(7)}  ${'p99 ms'.padStart(7)}  ${'errors'.padStart(6)}`,
    ...results.map(
      (r) =>
        `${r.name.padEnd(width)}  ${r.requestsPerSecond.toFixed(0).padStart(8)}  ${r.p50Ms.toFixed(1).padStart(7)}  ${r.p99Ms.toFixed(1).padStart(7)}  ${String(r.errors + r.non2xx).padStart(6)}`,
    ),
    '',
    `gateway / direct: throughput ${(ratios.throughputGatewayOverDirect * 100).toFixed(0)}%, p99 ${ratios.p99GatewayOverDirect.toFixed(2)}x`,
    '',
  ];
  return lines.join('\n');
}
