import { join } from 'node:path';
import { findRepoRoot } from '../process/findRepoRoot';

/** The FerretDB release tools/ferretdb/go.mod pins. */
export const FERRETDB_VERSION = 'v1.24.2';

export interface FerretdbPaths {
  /** tools/ferretdb: main.go, go.mod, go.sum. */
  sourceDir: string;
  /** The files whose hash decides whether the binary is current. */
  sources: string[];
  /** .tools/bin/govhub-ferretdb (gitignored). */
  binary: string;
  /** Hash of `sources` the binary was built from. */
  stampFile: string;
  /** Default data folder of `npm start` / `npm run ferretdb`: .data/ferretdb (gitignored). */
  defaultDataDir: string;
}

export function ferretdbPaths(root: string = findRepoRoot()): FerretdbPaths {
  const sourceDir = join(root, 'tools', 'ferretdb');
  const binary = join(root, '.tools', 'bin', 'govhub-ferretdb');
  return {
    sourceDir,
    sources: ['main.go', 'idindexes.go', 'lazylog.go', 'go.mod', 'go.sum'].map((file) =>
      join(sourceDir, file),
    ),
    binary,
    stampFile: `${binary}.stamp`,
    defaultDataDir: join(root, '.data', 'ferretdb'),
  };
}
