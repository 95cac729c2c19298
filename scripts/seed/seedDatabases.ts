import type { Db, MongoClient } from 'mongodb';
import { connectMongo } from '../../core/db';
import type { Level } from '../../core/levels';
import { LEVELS, levelPrefix } from '../../core/levels';

/** The three level databases a seeding run writes to. */
export interface SeedDatabases {
  byLevel: Record<Level, Db>;
  close(): Promise<void>;
}

/** `${dbPrefix}_county`, `${dbPrefix}_city`, `${dbPrefix}_province`. */
export function seedDatabaseName(dbPrefix: string, level: Level): string {
  return `${dbPrefix}_${levelPrefix(level)}`;
}

/** Connects to each level's server (one client per distinct URI) and opens its database. */
export async function openSeedDatabases(
  uris: Record<Level, string>,
  dbPrefix: string,
  appName = 'govhub-seed',
): Promise<SeedDatabases> {
  const clients = new Map<string, MongoClient>();
  const close = async () => {
    await Promise.all([...clients.values()].map((client) => client.close()));
  };
  try {
    const byLevel = {} as Record<Level, Db>;
    for (const level of LEVELS) {
      let client = clients.get(uris[level]);
      if (!client) {
        client = await connectMongo(uris[level], { appName });
        clients.set(uris[level], client);
      }
      byLevel[level] = client.db(seedDatabaseName(dbPrefix, level));
    }
    return { byLevel, close };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}

/** Drops the three level databases (`--reset`). */
export async function dropSeedDatabases(databases: SeedDatabases): Promise<void> {
  for (const level of LEVELS) await databases.byLevel[level].dropDatabase();
}
