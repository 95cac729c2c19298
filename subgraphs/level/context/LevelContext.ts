import type { Logger } from 'pino';
import type { Config } from '../../../core/config';
import type { Level } from '../../../core/levels';
import type { Principal } from '../../../core/auth';
import type { LevelCollections } from '../repositories/levelCollections';
import type { ChangeLog } from '../repositories/changeLog';
import type { NoticeExport } from '../repositories/noticeExport';
import type { CatalogRepository } from '../repositories/catalogRepository';
import type { AuditLog } from '../repositories/auditLog';
import type { TermList } from '../../../core/terms';
import type { Loaders } from '../loaders';
import type { LevelRouter } from '../routing/LevelRouter';
import type { ReceiptStore } from '../repositories/receiptStore';
import type { RepostStore } from '../repositories/repostStore';
import type { RuleStore } from '../repositories/ruleStore';
import type { ChangeSource } from '../catalog/changeSource';
import type { ClusterChangeReader } from '../catalog/ClusterChangeReader';
import type { ChangeNotifier } from '../syndication/ChangeNotifier';
import type { DirectoryCache } from '../syndication/DirectoryCache';
import type { Clock } from '../syndication/SettableClock';
import type { SyndicationWorker } from '../syndication/SyndicationWorker';

/** What lives for the whole process. */
export interface LevelServices {
  level: Level;
  /** FerretDB: look documents up by `_id` instead of `$in`, ranges or compound filters (see findByIds). */
  pointReads?: boolean;
  config: Config;
  collections: LevelCollections;
  changeLog: ChangeLog;
  /** Every public notice, page by page (the change log compacted): rule backfills read it. */
  noticeExport: NoticeExport;
  auditLog: AuditLog;
  /** The 错敏词 list the pre-publication check uses. */
  terms: TermList;
  logger: Logger;
  /** Province only: forwards commands to the level that owns a notice or site. */
  router: LevelRouter | null;
  /** Province only: the index of every public notice of the cluster. */
  catalog: CatalogRepository | null;
  /** Province only: every level's change log (the syndication feed reads them). */
  changeSources: Record<Level, ChangeSource> | null;
  /** Province only: the merged change logs of the cluster (`changes`, for aggregators). */
  clusterChanges: ClusterChangeReader | null;
  rules: RuleStore;
  reposts: RepostStore;
  receipts: ReceiptStore;
  /** The cluster directory in memory (rule scopes, mandates, coverage). */
  directory: DirectoryCache;
  /** The time reports are for (movable in tests). */
  clock: Clock;
  /** Tells the workers of every level that this level logged a change. */
  notifier: ChangeNotifier | null;
  /** This level's syndication worker, when it runs. */
  syndication: SyndicationWorker | null;
}

/** Per-request context handed to every resolver. */
export interface LevelContext extends LevelServices {
  loaders: Loaders;
  /** Verified caller, or null for anonymous requests. */
  principal: Principal | null;
  /** The caller's original Authorization header, forwarded when the province routes a command. */
  authorization: string | undefined;
  requestId: string;
}
