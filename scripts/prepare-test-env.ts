/**
 * Run by `npm test` before jest: makes sure what the tests need is on this
 * machine, and says what it did. Quick when everything is already there.
 * - the local FerretDB binary (unless MONGODB_URI points the tests at a MongoDB);
 * - Debian's chromium at /usr/bin/chromium (browser tests of the playground)
 *   and python3-feedparser for /usr/bin/python3 (feeds are checked with an
 *   independent parser; run it with /usr/bin/python3, not a `python3` from PATH):
 *   installed with apt-get when missing and running as root.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { redactMongoUri } from '../core/db/redactMongoUri';
import { ensureFerretdbBinary } from '../core/ferretdb/ensureFerretdbBinary';
import { findRepoRoot } from '../core/process/findRepoRoot';

const CHROMIUM = '/usr/bin/chromium';
/** Debian's python (python3-feedparser installs into it; `python3` on PATH may be another one). */
const DEBIAN_PYTHON = '/usr/bin/python3';
const APT_PACKAGES = ['chromium', 'python3-feedparser'];

const log = (message: string) => console.log(`[prepare-test-env] ${message}`);

async function main(): Promise<void> {
  const root = findRepoRoot();
  const mongoUri = process.env.MONGODB_URI;
  if (mongoUri) {
    log(`MONGODB_URI is set: tests use ${redactMongoUri(mongoUri)} (no local FerretDB).`);
  } else {
    const binary = await ensureFerretdbBinary({ log, root });
    const where = relative(root, binary.path);
    log(binary.built ? `FerretDB built: ${where}.` : `FerretDB binary up to date: ${where}.`);
  }

  const missing = missingSystemPackages();
  if (missing.length === 0) {
    log(`chromium (${CHROMIUM}) and python3-feedparser (${DEBIAN_PYTHON}) present.`);
    return;
  }
  const command = `apt-get update && apt-get install -y ${APT_PACKAGES.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `missing: ${missing.join(', ')}. The tests need Debian's chromium at ${CHROMIUM} and ` +
        `python3-feedparser. Install them as root:\n  sudo sh -c '${command}'\nthen run npm test again.`,
    );
  }
  log(
    `Installing ${APT_PACKAGES.join(' and ')} with apt-get (missing: ${missing.join(', ')}; first time only)...`,
  );
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', ...APT_PACKAGES]);
  const still = missingSystemPackages();
  if (still.length > 0) throw new Error(`still missing after apt-get install: ${still.join(', ')}`);
  log('chromium and python3-feedparser installed.');
}

function missingSystemPackages(): string[] {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
  const feedparser = spawnSync(DEBIAN_PYTHON, ['-c', 'import feedparser'], {
    stdio: 'ignore',
  });
  if (feedparser.status !== 0) missing.push(`python3-feedparser (for ${DEBIAN_PYTHON})`);
  return missing;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw new Error(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed with exit code ${result.status ?? 'unknown'}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(`[prepare-test-env] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
