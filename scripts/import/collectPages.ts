import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** File endings of crawled pages. */
const PAGE_ENDINGS = new Set(['.html', '.htm', '.shtml', '.xhtml', '.txt']);

/** The page files named on the command line, folders walked recursively, in a stable order. */
export function collectPages(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (path: string, named: boolean): void => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      if (named) missing.push(path);
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) walk(join(path, entry), false);
    } else if (named || PAGE_ENDINGS.has(extname(path).toLowerCase())) {
      files.push(path);
    }
  };
  for (const path of paths) walk(path, true);
  return { files, missing };
}
