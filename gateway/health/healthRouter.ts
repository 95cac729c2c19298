import { Router } from 'express';
import type { LevelEndpoint } from '../../core/config';
import type { Level } from '../../core/levels';
import { checkSubgraphs } from './checkSubgraphs';

/**
 * `GET /healthz`: the process is up (liveness). `GET /readyz`: every subgraph
 * answers its own `/healthz` (readiness); 503 names the ones that do not.
 */
export function healthRouter(levels: Record<Level, LevelEndpoint>): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.set('cache-control', 'no-store').json({ status: 'ok', pid: process.pid });
  });
  router.get('/readyz', async (_req, res) => {
    const subgraphs = await checkSubgraphs(levels);
    const failing = subgraphs.filter((s) => !s.ok).map((s) => s.level);
    res
      .status(failing.length === 0 ? 200 : 503)
      .set('cache-control', 'no-store')
      .json({ status: failing.length === 0 ? 'ready' : 'unavailable', failing, subgraphs });
  });
  return router;
}
