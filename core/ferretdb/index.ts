/**
 * The local MongoDB-compatible server for development and tests: FerretDB v1
 * on SQLite, built from tools/ferretdb with Go into .tools/bin/govhub-ferretdb.
 *
 *   await ensureFerretdbBinary({ log });            // builds once, then a hash check
 *   const db = await startFerretdb({ dataDir, log }); // free loopback port unless `port`
 *   ... db.uri ...
 *   await db.stop();
 */
export * from './ensureFerretdbBinary';
export * from './ferretdbPaths';
export * from './startFerretdb';
