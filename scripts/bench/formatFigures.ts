import type { LoadFigures } from './runLoad';

export interface BenchRatios {
  throughputGatewayOverDirect: number;
  p99GatewayOverDirect: number;
  /** p99 of the `latest` reads while hostile operations flood the gateway, over p99 without. */
  p99DuringFloodOverAlone: number;
  /** Hostile operations the gateway answered per second (all refused: 400). */
  hostileRefusedPerSecond: number;
  /** Hostile operations answered with 5xx: should be 0. */
  hostileServerErrors: number;
  /** The `latest` reads with a valid ES256 token, over the same reads without one. */
  throughputTokenOverAnonymous: number;
  p50TokenOverAnonymous: number;
  p99TokenOverAnonymous: number;
}

export interface BenchSetup {
  connections: number;
  floodConnections: number;
  durationSeconds: number;
}

/** The benchmark's printed table: one row per scenario, then the comparisons. */
export function formatFigures(
  results: LoadFigures[],
  ratios: BenchRatios,
  setup: BenchSetup,
  readsAlone: LoadFigures,
  readsDuringFlood: LoadFigures,
): string {
  const width = Math.max(...results.map((r) => r.name.length));
  const times = (ratio: number) => `${ratio.toFixed(2)}x`;
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
    `gateway / direct: throughput ${(ratios.throughputGatewayOverDirect * 100).toFixed(0)}%, p99 ${times(ratios.p99GatewayOverDirect)}`,
    `hostile flood (${setup.floodConnections} more connections): reads p99 ${readsAlone.p99Ms.toFixed(1)} ms alone, ` +
      `${readsDuringFlood.p99Ms.toFixed(1)} ms during the flood (${times(ratios.p99DuringFloodOverAlone)}); ` +
      `${ratios.hostileRefusedPerSecond.toFixed(0)} hostile requests/s refused, ${ratios.hostileServerErrors} answered 5xx`,
    `auth, ES256 token / anonymous: throughput ${(ratios.throughputTokenOverAnonymous * 100).toFixed(0)}%, ` +
      `p50 ${times(ratios.p50TokenOverAnonymous)}, p99 ${times(ratios.p99TokenOverAnonymous)}`,
    '',
  ];
  return lines.join('\n');
}
