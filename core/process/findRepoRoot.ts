import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const cache = new Map<string, string>();

/**
 * The folder holding govhub's package.json, found by walking up from `start`.
 * Works both from the TypeScript sources (jest: core/process) and from the
 * compiled tree (dist/core/process), which has no package.json of its own.
 */
export function findRepoRoot(start: string = __dirname): string {
  const cached = cache.get(start);
  if (cached) return cached;
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readPackageName(manifest) === 'govhub') {
      cache.set(start, dir);
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find govhub's package.json above ${start}`);
    dir = parent;
  }
}

function readPackageName(manifest: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
    if (
      parsed &&
      typeof parsed === 'object' &&
      'name' in parsed &&
      typeof parsed.name === 'string'
    ) {
      return parsed.name;
    }
  } catch {
    // not a readable manifest: keep walking
  }
  return undefined;
}
