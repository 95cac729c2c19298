import type { Logger } from 'pino';
import type { Config } from '../../../core/config';
import type { Level } from '../../../core/levels';
import type { Principal } from '../../../core/auth';
import type { LevelCollections } from '../repositories/levelCollections';
import type { ChangeLog } from '../repositories/changeLog';
import type { CatalogRepository } from '../repositories/catalogRepository';
import type { AuditLog } from '../repositories/auditLog';
import type { TermList } from '../../../core/terms';
import type { Loaders } from '../loaders';
import type { LevelRouter } from '../routing/LevelRouter';

/** What lives for the whole process. */
export interface LevelServices {
  level: Level;
  config: Config;
  collections: LevelCollections;
  changeLog: ChangeLog;
  auditLog: AuditLog;
  /** The 错敏词 list the pre-publication check uses. */
  terms: TermList;
  logger: Logger;
  /** Province only: forwards commands to the level that owns a notice or site. */
  router: LevelRouter | null;
  /** Province only: the index of every public notice of the cluster. */
  catalog: CatalogRepository | null;
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
