import { CommanderError } from 'commander';
import { ConfigError, loadConfig } from '../core/config';
import type { Level } from '../core/levels';
import { LEVELS } from '../core/levels';
import type { SeedSummary } from './seed/index';
import {
  createSeedProgress,
  dropSeedDatabases,
  formatSeedSummary,
  openSeedDatabases,
  parseSeedArgs,
  seedDemoCluster,
  seedSyntheticCluster,
} from './seed/index';

/*
 * npm run seed [-- --cities N --counties M --notices K] [--seed S] [--reset] [--batch-size B]
 * Without --cities/--counties/--notices: the demo cluster of data/demo. With them: a synthetic
 * cluster written in batches with a progress bar. Idempotent either way (deterministic ids).
 * Reads the MongoDB URIs like every process (MONGODB_URI or MONGODB_URI_<LEVEL>); never
 * starts a server itself. Usage errors exit 2, everything else 1.
 */

const USAGE_ERROR = 2;

async function main(argv: string[]): Promise<number> {
  let request;
  try {
    request = parseSeedArgs(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : USAGE_ERROR;
    throw error;
  }
  const config = loadConfig();
  const uris = levelUris(config.levels);
  if (!uris) {
    process.stderr.write(
      'No MongoDB is configured, so there is nothing to seed into.\n' +
        '  Start the local one in another terminal:  npm run ferretdb\n' +
        '  then run:  MONGODB_URI=mongodb://127.0.0.1:27017/ npm run seed\n' +
        '  or set MONGODB_URI (or MONGODB_URI_COUNTY, _CITY and _PROVINCE) to your MongoDB.\n',
    );
    return 1;
  }
  if (request.reset && config.production) {
    process.stderr.write(
      'Refusing --reset with NODE_ENV=production: it drops the level databases.\n',
    );
    return 1;
  }
  const log = (message: string) => process.stderr.write(`${message}\n`);

  if (request.mode === 'demo') {
    if (request.reset) await dropFirst(uris, config.dbPrefix, log);
    const summary = await seedDemoCluster({
      uris,
      dbPrefix: config.dbPrefix,
      log,
      seed: request.seed,
    });
    report(summary, log);
    return 0;
  }

  const progress = createSeedProgress();
  log(
    `synthetic cluster: 1 province, ${request.cities} cities, ${request.counties} counties, ` +
      `${request.notices} notices (seed ${request.seed})${request.reset ? ', after dropping the databases' : ''}`,
  );
  let summary;
  try {
    summary = await seedSyntheticCluster({
      uris,
      dbPrefix: config.dbPrefix,
      ...request,
      onStart: ({ notices }) => progress.start(notices),
      onProgress: (written) => progress.update(written),
    });
  } finally {
    progress.stop();
  }
  report(summary, log);
  const seconds = summary.elapsedMs / 1000;
  log(
    `${summary.sites} sites, ${summary.notices} notices in ${seconds.toFixed(1)} s: ${Math.round(summary.notices / seconds)} notices/s`,
  );
  return 0;
}

function levelUris(
  levels: Record<Level, { mongoUri: string | undefined }>,
): Record<Level, string> | null {
  const uris: Partial<Record<Level, string>> = {};
  for (const level of LEVELS) {
    const uri = levels[level].mongoUri;
    if (!uri) return null;
    uris[level] = uri;
  }
  return uris as Record<Level, string>;
}

async function dropFirst(
  uris: Record<Level, string>,
  dbPrefix: string,
  log: (m: string) => void,
): Promise<void> {
  const databases = await openSeedDatabases(uris, dbPrefix);
  try {
    await dropSeedDatabases(databases);
    log(`dropped ${LEVELS.map((level) => databases.byLevel[level].databaseName).join(', ')}`);
  } finally {
    await databases.close();
  }
}

function report(summary: SeedSummary, log: (m: string) => void): void {
  for (const line of formatSeedSummary(summary)) log(line);
  log(`done in ${(summary.elapsedMs / 1000).toFixed(1)} s`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message =
      error instanceof ConfigError
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error);
    process.stderr.write(`seed failed: ${message}\n`);
    process.exitCode = 1;
  },
);
