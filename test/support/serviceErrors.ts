import type { RunningCluster } from './startCluster';

/** The services' last logged errors (pino level ≥ 50), one short line each, for a failing test's message. */
export function serviceErrors(cluster: RunningCluster, count = 10): string {
  const lines: string[] = [];
  for (const line of cluster.output().split('\n')) {
    const match = /^\[(\w+)\] (\{.*\})$/.exec(line);
    if (!match) continue;
    try {
      const entry = JSON.parse(match[2]) as {
        level?: number;
        msg?: string;
        err?: { message?: string };
      };
      if ((entry.level ?? 0) >= 50)
        lines.push(`[${match[1]}] ${entry.msg ?? ''}: ${entry.err?.message ?? ''}`.slice(0, 600));
    } catch {
      // not a log entry
    }
  }
  return lines.slice(-count).join('\n');
}
