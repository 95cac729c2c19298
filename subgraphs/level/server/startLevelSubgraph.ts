import 'reflect-metadata';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Config } from '../../../core/config';
import type { Level } from '../../../core/levels';
import { LEVELS, levelPrefix } from '../../../core/levels';
import {
  GATEWAY_SECRET_HEADER,
  gatewaySecretMatches,
  principalFromAuthorizationHeader,
} from '../../../core/auth';
import { ErrorCode } from '../../../core/errors';
import { createFormatError } from '../../../core/errors/formatError';
import type { Logger } from '../../../core/logging';
import { connectMongo, isFerretdb } from '../../../core/db';
import type { LevelContext } from '../context';
import { createLoaders } from '../loaders';
import { CursorStore, ensureIndexes, levelCollections, migrateChangeIds } from '../repositories';
import { flushAllPending } from '../commands';
import { buildLevelSchema } from '../schema/buildLevelSchema';
import { FeedFollower } from '../feeds';
import type { ChangeEvent } from '../../../core/model';
import {
  GatewayClient,
  NUDGE_PATH,
  ServiceToken,
  SettableClock,
  SyndicationWorker,
} from '../syndication';
import { CommandStats } from './commandStats';
import { createLevelServices } from './createLevelServices';

export interface RunningSubgraph {
  url: string;
  stop(): Promise<void>;
}

/** Starts one level's subgraph: database, indexes, recovery, GraphQL over HTTP, and (province) the catalog sync. */
export async function startLevelSubgraph(
  level: Level,
  config: Config,
  logger: Logger,
): Promise<RunningSubgraph> {
  const endpoint = config.levels[level];
  if (!endpoint.mongoUri) {
    throw new Error(
      `no MongoDB configured for the ${levelPrefix(level)} level: set MONGODB_URI (npm start does it for you)`,
    );
  }
  const statsEnabled = process.env.GOVHUB_DB_COMMAND_STATS === '1';
  const client = await connectMongo(endpoint.mongoUri, {
    appName: `govhub-${levelPrefix(level)}`,
    monitorCommands: statsEnabled,
  });
  const stats = statsEnabled ? new CommandStats(client) : null;
  const collections = levelCollections(client.db(endpoint.dbName));
  const migrated = await migrateChangeIds(collections);
  if (migrated > 0) logger.info({ migrated }, 'change log: entries rewritten with string ids');
  await ensureIndexes(collections);

  const pointReads =
    config.pointReads === 'auto' ? await isFerretdb(client) : config.pointReads === 'on';
  const services = createLevelServices({ level, config, collections, logger, pointReads });
  const { changeSources, clock } = services;
  const notifier = services.notifier;
  if (!notifier) throw new Error('a running subgraph needs its change notifier');
  const clockSetter = clock instanceof SettableClock ? clock : null;
  const repaired = await flushAllPending(services);
  if (repaired > 0) logger.warn({ repaired }, 'wrote log entries left pending by an earlier crash');

  const { schema } = await buildLevelSchema(level);
  const app = express();
  const httpServer = http.createServer(app);
  const server = new ApolloServer<LevelContext>({
    schema,
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    csrfPrevention: true,
    // runLevelSubgraph owns SIGTERM/SIGINT: one orderly stop, not two racing ones.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Traces would be sent to the gateway with every response; nobody reads them here.
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
  await server.start();

  let catalogSync: FeedFollower<ChangeEvent> | null = null;
  const catalog = services.catalog;
  if (catalog && changeSources) {
    const rows = await catalog.load();
    logger.info({ rows }, 'catalog loaded');
    catalogSync = new FeedFollower(
      [changeSources.PROVINCE, changeSources.COUNTY, changeSources.CITY],
      async (events) => {
        await catalog.apply(events);
      },
      new CursorStore(collections),
      logger,
      { pollMs: config.catalogPollMs, batchSize: 500, maxBackoffMs: 10_000, label: 'catalog sync' },
    );
    const sync = catalogSync;
    notifier.onChange((changed) => sync.nudge(changeSources[changed].name));
  }
  if (config.syndication.enabled) {
    const worker = new SyndicationWorker(
      {
        level,
        gateway: new GatewayClient(config.gatewayUrl, new ServiceToken(level, config.jwt)),
        cursors: new CursorStore(collections),
        reposts: services.reposts,
        rules: services.rules,
        directory: services.directory,
        logger,
      },
      { pollMs: config.syndication.pollMs, maxBackoffMs: 15_000, batchSize: 100 },
    );
    services.syndication = worker;
    notifier.onChange((changed) => worker.nudge(changed));
  }

  app.get('/healthz', (_req, res) => {
    // The pid lets a supervisor tell its own process from another one on a reused port.
    res.json({ status: 'ok', level, pid: process.pid });
  });
  const internalOnly: express.RequestHandler = (req, res, next) => {
    if (gatewaySecretMatches(req.headers[GATEWAY_SECRET_HEADER], config.gatewaySecret))
      return next();
    res.status(403).json({ error: "the hub's shared secret is required" });
  };
  app.post(NUDGE_PATH, internalOnly, express.json({ limit: 1024 }), (req, res) => {
    const from: unknown = (req.body as { level?: unknown } | undefined)?.level;
    if (typeof from !== 'string' || !(LEVELS as readonly string[]).includes(from)) {
      res.status(400).json({ error: 'body must be {"level": "COUNTY" | "CITY" | "PROVINCE"}' });
      return;
    }
    notifier.received(from as Level);
    res.status(204).end();
  });
  if (config.testClock) {
    app.post('/debug/clock', internalOnly, express.json({ limit: 1024 }), (req, res) => {
      const offset: unknown = (req.body as { offsetMs?: unknown } | undefined)?.offsetMs;
      if (typeof offset !== 'number' || !Number.isFinite(offset)) {
        res.status(400).json({ error: 'body must be {"offsetMs": <number>}' });
        return;
      }
      clockSetter?.setOffset(offset);
      res.json({ now: clock.now().toISOString() });
    });
  }
  if (stats) {
    app.get('/debug/db-commands', (_req, res) => {
      res.json(stats.snapshot());
    });
    app.post('/debug/db-commands/reset', (_req, res) => {
      stats.reset();
      res.json({ ok: true });
    });
  }
  app.use(
    '/graphql',
    // Only the gateway (and the province routing a command) may call a
    // subgraph: a direct call would skip the gateway's limits.
    (req, res, next) => {
      if (gatewaySecretMatches(req.headers[GATEWAY_SECRET_HEADER], config.gatewaySecret))
        return next();
      res.status(403).json({
        errors: [
          {
            message: 'subgraphs answer the govhub gateway only: send your request to the gateway',
            extensions: { code: ErrorCode.FORBIDDEN },
          },
        ],
      });
    },
    express.json({ limit: config.limits.maxRequestBytes }),
    expressMiddleware(server, {
      context: async ({ req }): Promise<LevelContext> => {
        const authorization = req.headers.authorization;
        const requestId =
          (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id']) ||
          randomUUID();
        return {
          ...services,
          loaders: createLoaders(collections, { pointReads }),
          principal: principalFromAuthorizationHeader(authorization, config.jwt),
          authorization,
          requestId,
        };
      },
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(endpoint.port, config.host, resolve));
  catalogSync?.start();
  await services.syndication?.start();
  const url = `http://${config.host}:${endpoint.port}/graphql`;
  logger.info({ url, db: endpoint.dbName }, `${levelPrefix(level)} subgraph ready`);

  return {
    url,
    async stop() {
      await services.syndication?.stop();
      await catalogSync?.stop();
      await server.stop();
      await services.noticeExport.close();
      await client.close();
    },
  };
}
