import type { Logger } from 'pino';
import type { Config } from '../../../core/config';
import type { Level } from '../../../core/levels';
import { LEVELS } from '../../../core/levels';
import { loadTermList } from '../../../core/terms';
import type { ChangeSource } from '../catalog';
import {
  CatalogSearch,
  ClusterChangeReader,
  LocalChangeSource,
  RemoteChangeSource,
} from '../catalog';
import type { LevelServices } from '../context';
import type { LevelCollections } from '../repositories';
import {
  AuditLog,
  CatalogRepository,
  ChangeLog,
  NoticeExport,
  ReceiptStore,
  RepostStore,
  RuleStore,
} from '../repositories';
import { LevelRouter } from '../routing';
import { ChangeNotifier, DirectoryCache, SettableClock } from '../syndication';

const GAP_GRACE_MS = 5000;

export interface LevelServicesInput {
  level: Level;
  config: Config;
  collections: LevelCollections;
  logger: Logger;
  /** Tests that run commands without the other subgraphs pass false: no nudges over HTTP. */
  notify?: boolean;
  /** FerretDB: read by `_id` one by one rather than with `$in` or ranges (see findByIds). */
  pointReads?: boolean;
}

/** Everything a level's resolvers and commands share for the life of the process (no worker yet). */
export function createLevelServices(input: LevelServicesInput): LevelServices {
  const { level, config, collections, logger } = input;
  const province = level === 'PROVINCE';
  const changeLog = new ChangeLog(collections, level, {
    gapGraceMs: GAP_GRACE_MS,
    pointReads: input.pointReads ?? false,
  });
  const subgraphUrls = Object.fromEntries(LEVELS.map((l) => [l, config.levels[l].url])) as Record<
    Level,
    string
  >;
  const changeSources: Record<Level, ChangeSource> | null = province
    ? {
        PROVINCE: new LocalChangeSource('catalog:PROVINCE', changeLog),
        COUNTY: new RemoteChangeSource('COUNTY', subgraphUrls.COUNTY, config.gatewaySecret),
        CITY: new RemoteChangeSource('CITY', subgraphUrls.CITY, config.gatewaySecret),
      }
    : null;
  const directory = new DirectoryCache(collections);
  return {
    level,
    pointReads: input.pointReads ?? false,
    config,
    collections,
    changeLog,
    noticeExport: new NoticeExport(collections, { storageOrder: input.pointReads ?? false }),
    auditLog: new AuditLog(collections),
    terms: loadTermList(config.sensitiveTermsFile ?? undefined),
    logger,
    router: province ? new LevelRouter(subgraphUrls, config.gatewaySecret) : null,
    catalog: province
      ? new CatalogRepository(collections, new CatalogSearch(directory, logger))
      : null,
    changeSources,
    clusterChanges: province
      ? new ClusterChangeReader(changeLog, subgraphUrls, config.gatewaySecret, directory)
      : null,
    rules: new RuleStore(collections),
    reposts: new RepostStore(collections, input.pointReads ?? false),
    receipts: new ReceiptStore(collections, input.pointReads ?? false),
    directory,
    clock: new SettableClock(),
    notifier:
      input.notify === false
        ? null
        : new ChangeNotifier(level, subgraphUrls, config.gatewaySecret, logger, {
            push: config.syndication.nudge,
          }),
    syndication: null,
  };
}
