import path from 'node:path';
import { Router } from 'express';
import type { Request, Response, NextFunction } from 'express';
import { loadExampleTabs } from './loadExampleTabs';
import { playgroundAssets } from './playgroundAssets';
import { PLAYGROUND_ASSETS_PATH, PLAYGROUND_CSP, renderPlaygroundPage } from './playgroundPage';
import { prefersHtml } from './prefersHtml';

export interface PlaygroundRouterOptions {
  /** Where the playground's page is served for browsers, and where it sends operations. */
  endpoint: string;
  /** `gateway/playground` in the source tree (examples/ and assets/). */
  dir: string;
}

/**
 * The offline playground: `GET <endpoint>` from a browser (Accept: text/html)
 * gets GraphiQL; every other request falls through to Apollo Server. Assets
 * come from the gateway itself under /playground/assets/.
 */
export function playgroundRouter({ endpoint, dir }: PlaygroundRouterOptions): Router {
  const page = renderPlaygroundPage({
    endpoint,
    tabs: loadExampleTabs(path.join(dir, 'examples')),
  });
  const assets = playgroundAssets(path.join(dir, 'assets'));
  const router = Router();

  router.get(endpoint, (req: Request, res: Response, next: NextFunction) => {
    if (!prefersHtml(req)) return next();
    res
      .status(200)
      .set({
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': PLAYGROUND_CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
      })
      .send(page);
  });

  router.get(
    `${PLAYGROUND_ASSETS_PATH}/:name`,
    (req: Request, res: Response, next: NextFunction) => {
      const name = req.params.name;
      const asset = typeof name === 'string' ? assets.get(name) : undefined;
      if (!asset) return next();
      res.set({ 'content-type': asset.contentType, 'x-content-type-options': 'nosniff' });
      res.sendFile(asset.file, { maxAge: '1h' }, (error) => {
        if (error) next(error);
      });
    },
  );

  // Browsers ask for one; an empty answer keeps the console free of 404s.
  router.get('/favicon.ico', (_req: Request, res: Response) => {
    res.status(204).end();
  });

  return router;
}
