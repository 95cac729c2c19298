import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import { FERRETDB_VERSION, ferretdbPaths } from './ferretdbPaths';

export interface EnsureFerretdbBinaryOptions {
  /** Progress messages (building takes about a minute the first time). */
  log?: (message: string) => void;
  /** Repository root; found from this file's location by default. */
  root?: string;
}

export interface FerretdbBinary {
  path: string;
  /** True when this call (re)built it. */
  built: boolean;
}

/**
 * Makes sure `.tools/bin/govhub-ferretdb` exists and was built from the
 * current tools/ferretdb sources (sha-256 stamp next to the binary), building
 * it with `go build` when needed. A binary without a stamp that is newer than
 * every source is adopted. Fails with advice when Go is not installed.
 */
export async function ensureFerretdbBinary(
  options: EnsureFerretdbBinaryOptions = {},
): Promise<FerretdbBinary> {
  const log = options.log ?? (() => undefined);
  const paths = ferretdbPaths(options.root);
  const hash = hashSources(paths.sources);
  if (existsSync(paths.binary)) {
    const stamp = existsSync(paths.stampFile) ? readFileSync(paths.stampFile, 'utf8').trim() : null;
    if (stamp === hash) return { path: paths.binary, built: false };
    if (stamp === null && isNewerThan(paths.binary, paths.sources)) {
      writeFileSync(paths.stampFile, `${hash}\n`);
      return { path: paths.binary, built: false };
    }
  }

  assertGoInstalled();
  log(
    `Building the local MongoDB-compatible server (FerretDB ${FERRETDB_VERSION}) with Go; ` +
      'first time only, about a minute...',
  );
  const started = Date.now();
  mkdirSync(dirname(paths.binary), { recursive: true });
  const temporary = `${paths.binary}.tmp-${process.pid}`;
  try {
    await goBuild(paths.sourceDir, temporary);
    renameSync(temporary, paths.binary);
  } finally {
    rmSync(temporary, { force: true });
  }
  writeFileSync(paths.stampFile, `${hash}\n`);
  const where = relative(process.cwd(), paths.binary) || basename(paths.binary);
  log(`Built ${where} in ${Math.round((Date.now() - started) / 1000)} s.`);
  return { path: paths.binary, built: true };
}

function hashSources(sources: string[]): string {
  const hash = createHash('sha256');
  for (const file of sources) {
    if (!existsSync(file)) throw new Error(`FerretDB launcher source missing: ${file}`);
    hash
      .update(`${basename(file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  }
  return hash.digest('hex');
}

function isNewerThan(file: string, others: string[]): boolean {
  const mtime = statSync(file).mtimeMs;
  return others.every((other) => statSync(other).mtimeMs <= mtime);
}

function assertGoInstalled(): void {
  const probe = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'Go is not installed (no `go` command on PATH). It is needed once to build the local ' +
        `MongoDB-compatible server (FerretDB ${FERRETDB_VERSION}, tools/ferretdb). Install Go 1.24 or ` +
        'newer (https://go.dev/dl/), or set MONGODB_URI (e.g. mongodb://127.0.0.1:27017) to use a ' +
        'MongoDB server instead.',
    );
  }
}

function goBuild(sourceDir: string, output: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('go', ['build', '-buildvcs=false', '-o', output, '.'], {
      cwd: sourceDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    const collect = (chunk: Buffer) => {
      text = (text + chunk.toString('utf8')).slice(-8_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve();
      else
        reject(new Error(`go build in ${sourceDir} failed (exit code ${code}):\n${text.trim()}`));
    });
  });
}
