import type { Db, MongoClient } from 'mongodb';
import type { Config } from '../config/loadConfig';
import { ConfigError } from '../config/loadConfig';
import type { Level } from '../levels/level';
import type { ConnectMongoOptions } from './connectMongo';
import { connectMongo } from './connectMongo';

export interface LevelDatabase {
  level: Level;
  client: MongoClient;
  db: Db;
}

export interface LevelDatabases<L extends Level> {
  /** One entry per requested level; levels on the same URI share one client. */
  byLevel: Record<L, LevelDatabase>;
  /** Closes every client. */
  close(): Promise<void>;
}

/**
 * Opens the databases of `levels` as configured (`MONGODB_URI` or one
 * `MONGODB_URI_<LEVEL>` each; database `${MONGODB_DB_PREFIX}_<level>`).
 * A subgraph passes its own level; the province or a script may pass several.
 */
export async function openLevelDatabases<L extends Level>(
  config: Config,
  levels: readonly L[],
  options: ConnectMongoOptions,
): Promise<LevelDatabases<L>> {
  const clients = new Map<string, MongoClient>();
  const close = async () => {
    await Promise.all([...clients.values()].map((client) => client.close()));
  };
  const byLevel: Partial<Record<L, LevelDatabase>> = {};
  try {
    for (const level of levels) {
      const uri = levelMongoUri(config, level);
      let client = clients.get(uri);
      if (!client) {
        client = await connectMongo(uri, options);
        clients.set(uri, client);
      }
      byLevel[level] = { level, client, db: client.db(config.levels[level].dbName) };
    }
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  return { byLevel: byLevel as Record<L, LevelDatabase>, close };
}

/** The configured connection string of a level; a ConfigError naming the variables when unset. */
export function levelMongoUri(config: Config, level: Level): string {
  const uri = config.levels[level].mongoUri;
  if (!uri) {
    throw new ConfigError(
      `invalid configuration:\n  MONGODB_URI: not set (nor MONGODB_URI_${level}); ` +
        '`npm start` starts a local FerretDB when it is unset',
    );
  }
  return uri;
}
