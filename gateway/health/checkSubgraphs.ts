import type { LevelEndpoint } from '../../core/config';
import type { Level } from '../../core/levels';
import { LEVELS } from '../../core/levels';

export interface SubgraphHealth {
  level: Level;
  ok: boolean;
  /**
   * Why it is not ok: `HTTP <status>`, `timed out` or `unreachable`. Never an
   * address: readiness is public and the subgraphs are not.
   */
  error?: string;
}

/** Asks every subgraph's own `/healthz` (beside its `/graphql`), in parallel, with a timeout. */
export async function checkSubgraphs(
  levels: Record<Level, LevelEndpoint>,
  timeoutMs = 2000,
): Promise<SubgraphHealth[]> {
  return Promise.all(
    LEVELS.map((level) => checkOne(level, healthUrl(levels[level].url), timeoutMs)),
  );
}

/** `http://127.0.0.1:4001/graphql` → `http://127.0.0.1:4001/healthz`. */
export function healthUrl(graphqlUrl: string): string {
  return new URL('/healthz', graphqlUrl).toString();
}

async function checkOne(level: Level, url: string, timeoutMs: number): Promise<SubgraphHealth> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.ok
      ? { level, ok: true }
      : { level, ok: false, error: `HTTP ${response.status}` };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return { level, ok: false, error: timedOut ? 'timed out' : 'unreachable' };
  }
}
