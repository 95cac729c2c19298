import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { createLogger } from '../../../core/logging';
import { errorHandler, notFound } from '../../http';
import type { FeedRouterOptions } from '../feedRouter';
import { feedRouter } from '../feedRouter';
import type { FeedSource } from '../FeedSource';

export interface FeedTestServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** What was logged, one JSON object a line. */
  logged: () => Record<string, unknown>[];
  close: () => Promise<void>;
}

/** The feeds mounted as the gateway would, on a loopback port of its own. */
export async function startFeedTestServer(
  source: FeedSource,
  options: Omit<FeedRouterOptions, 'logger'> = {},
): Promise<FeedTestServer> {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = createLogger({ level: 'info', name: 'gateway', destination });
  const app = express();
  app.disable('x-powered-by');
  app.use('/feeds', feedRouter(source, { ...options, logger }));
  app.use(notFound());
  app.use(errorHandler({ logger, maxRequestBytes: 1000 }));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    logged: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
