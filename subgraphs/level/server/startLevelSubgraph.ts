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
import { loadTermList } from '../../../core/terms';
import { createFormatError } from '../../../core/errors/formatError';
import type { Logger } from '../../../core/logging';
import { connectMongo } from '../../../core/db';
import type { LevelContext, LevelServices } from '../context';
import { createLoaders } from '../loaders';
import {
  AuditLog,
  CatalogRepository,
  ChangeLog,
  CursorStore,
  ensureIndexes,
  levelCollections,
} from '../repositories';
import { flushAllPending } from '../commands';
import { buildLevelSchema } from '../schema/buildLevelSchema';
import { LevelRouter } from '../routing';
import { CatalogSync, LocalChangeSource, RemoteChangeSource } from '../catalog';
import { CommandStats } from './commandStats';

export interface RunningSubgraph {
  url: string;
  stop(): Promise<void>;
}

const GAP_GRACE_MS = 5000;

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
  await ensureIndexes(collections);

  const province = level === 'PROVINCE';
  const changeLog = new ChangeLog(collections, level, { gapGraceMs: GAP_GRACE_MS });
  const services: LevelServices = {
    level,
    config,
    collections,
    changeLog,
    auditLog: new AuditLog(collections),
    terms: loadTermList(config.sensitiveTermsFile ?? undefined),
    logger,
    router: province
      ? new LevelRouter(
          Object.fromEntries(LEVELS.map((l) => [l, config.levels[l].url])) as Record<Level, string>,
          config.gatewaySecret,
        )
      : null,
    catalog: province ? new CatalogRepository(collections) : null,
  };
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

  let catalogSync: CatalogSync | null = null;
  if (province && services.catalog) {
    const rows = await services.catalog.load();
    logger.info({ rows }, 'catalog loaded');
    const sources = [
      new LocalChangeSource('catalog:PROVINCE', changeLog),
      new RemoteChangeSource('COUNTY', config.levels.COUNTY.url, config.gatewaySecret),
      new RemoteChangeSource('CITY', config.levels.CITY.url, config.gatewaySecret),
    ];
    catalogSync = new CatalogSync(sources, services.catalog, new CursorStore(collections), logger, {
      pollMs: config.catalogPollMs,
      batchSize: 500,
      maxBackoffMs: 10_000,
    });
  }

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', level });
  });
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
          loaders: createLoaders(collections),
          principal: principalFromAuthorizationHeader(authorization, config.jwt),
          authorization,
          requestId,
        };
      },
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(endpoint.port, config.host, resolve));
  catalogSync?.start();
  const url = `http://${config.host}:${endpoint.port}/graphql`;
  logger.info({ url, db: endpoint.dbName }, `${levelPrefix(level)} subgraph ready`);

  return {
    url,
    async stop() {
      await catalogSync?.stop();
      await server.stop();
      await client.close();
    },
  };
}
