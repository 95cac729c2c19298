import type { MongoClientOptions } from 'mongodb';
import { MongoClient } from 'mongodb';
import { redactMongoUri } from './redactMongoUri';

export interface ConnectMongoOptions {
  /** Shown in the server's logs and `currentOp`: e.g. `govhub-county`. */
  appName: string;
  /** Emit `commandStarted` / `commandSucceeded` / `commandFailed` on the client (tests, tracing). */
  monitorCommands?: boolean;
  /** How long to look for a usable server before an operation fails (default 10 s). */
  serverSelectionTimeoutMS?: number;
  /**
   * Connections per server. Default: 20 on MongoDB, 1 on FerretDB (see
   * connectMongo). An explicit value is used as given on both.
   */
  maxPoolSize?: number;
}

/** Default pool size on MongoDB. */
export const DEFAULT_MAX_POOL_SIZE = 20;

/**
 * Options for every MongoClient in the hub. They suit both MongoDB and the
 * local FerretDB v1:
 * - FerretDB answers `hello` as a standalone server (no replica set), so the
 *   driver never sends retryable-write `txnNumber`s or starts transactions;
 *   retryWrites/retryReads keep the driver defaults (on) for production
 *   replica sets. Options given here win over the same options in the URI.
 * - FerretDB accepts and ignores the implicit session ids (`lsid`) the driver
 *   sends; it does not know `endSessions` (the driver ignores that failure when
 *   the client closes).
 */
export function mongoClientOptions(
  options: ConnectMongoOptions,
  maxPoolSize = options.maxPoolSize ?? DEFAULT_MAX_POOL_SIZE,
): MongoClientOptions {
  return {
    appName: options.appName,
    monitorCommands: options.monitorCommands ?? false,
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 10_000,
    connectTimeoutMS: 10_000,
    maxPoolSize,
    maxIdleTimeMS: 60_000,
  };
}

/**
 * Connects to MongoDB (or FerretDB) and returns the connected client. Fails
 * with a message naming the (redacted) URI when no server is reachable.
 *
 * On FerretDB v1 (recognised by `ferretdbVersion` in `buildInfo`) the client
 * gets a single connection unless `maxPoolSize` is given: FerretDB's updates
 * are not atomic across connections (read, then write; FerretDB issue 2168).
 * Concurrent `$inc`s on one document lose increments, concurrent
 * `findOneAndUpdate`s return the same counter value, and several conditional
 * `updateOne({ _id, version })` calls all report a match. FerretDB runs the
 * commands of one connection one after another, so one connection per process
 * restores MongoDB's per-document atomicity as long as a single process writes
 * each database (true of the hub: each level's process owns its database).
 */
export async function connectMongo(
  uri: string,
  options: ConnectMongoOptions,
): Promise<MongoClient> {
  const client = await open(uri, mongoClientOptions(options));
  if (options.maxPoolSize !== undefined || !(await isFerretdb(client))) return client;
  await client.close();
  return open(uri, mongoClientOptions(options, 1));
}

/** Whether the client is connected to FerretDB rather than MongoDB. */
export async function isFerretdb(client: MongoClient): Promise<boolean> {
  const info = await client.db('admin').command({ buildInfo: 1 });
  return typeof info.ferretdbVersion === 'string';
}

async function open(uri: string, options: MongoClientOptions): Promise<MongoClient> {
  const client = new MongoClient(uri, options);
  try {
    await client.connect();
  } catch (error) {
    await client.close().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot connect to MongoDB at ${redactMongoUri(uri)}: ${reason}`, {
      cause: error,
    });
  }
  return client;
}
