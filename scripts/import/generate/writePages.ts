import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedPage } from './pageTypes';

export const TRUTH_MANIFEST = 'truth.jsonl';

/** One line of `truth.jsonl`. */
export interface TruthLine {
  fileName: string;
  options: GeneratedPage['options'];
  truth: GeneratedPage['truth'];
}

/**
 * Writes every page's bytes into `dir` and one JSON line per page into `dir/truth.jsonl`
 * (replaced, not appended to). Returns how many pages and bytes were written.
 */
export function writePages(
  dir: string,
  pages: Iterable<GeneratedPage>,
): { pages: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const manifest = join(dir, TRUTH_MANIFEST);
  writeFileSync(manifest, '');
  let count = 0;
  let bytes = 0;
  let lines: string[] = [];
  for (const page of pages) {
    writeFileSync(join(dir, page.fileName), page.bytes);
    const line: TruthLine = { fileName: page.fileName, options: page.options, truth: page.truth };
    lines.push(JSON.stringify(line));
    count += 1;
    bytes += page.bytes.length;
    if (lines.length >= 500) {
      appendFileSync(manifest, `${lines.join('\n')}\n`);
      lines = [];
    }
  }
  if (lines.length > 0) appendFileSync(manifest, `${lines.join('\n')}\n`);
  return { pages: count, bytes };
}
