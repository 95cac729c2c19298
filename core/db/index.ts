/**
 * MongoDB access shared by every process.
 *
 * - `connectMongo(uri, { appName })`: one connected MongoClient with the hub's
 *   options (works the same on MongoDB and on the local FerretDB v1).
 * - `openLevelDatabases(config, levels, { appName })`: the `Db` of each level
 *   (`${MONGODB_DB_PREFIX}_${county|city|province}`), sharing a client per URI.
 * - `waitForMongo(uri)`: poll with `ping` until a server answers.
 *
 * Only repository and command modules should touch these handles. Stay within
 * what FerretDB v1 supports (no $lookup, $elemMatch, $facet, text/partial/TTL
 * indexes, transactions or change streams): test/ferretdb.test.ts checks the
 * operations the hub relies on.
 */
export * from './connectMongo';
export * from './openLevelDatabases';
export * from './redactMongoUri';
export * from './waitForMongo';
export * from './isDuplicateKey';
export * from './findByIds';
export * from './mapLimited';
export * from './duplicateKeyIndexes';
export * from './KeyedQueue';
