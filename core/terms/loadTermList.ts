import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../process/findRepoRoot';
import { parseTermList } from './parseTermList';
import type { TermList } from './termList';
import { TermListError } from './TermListError';

/** The 错敏词 list shipped with govhub, found from the sources and from dist/ alike. */
export function shippedTermListPath(): string {
  return join(findRepoRoot(), 'data', 'terms', 'sensitive-terms.json');
}

/** Reads and validates a 错敏词 list file (by default the shipped one); see `parseTermList`. */
export function loadTermList(path: string = shippedTermListPath()): TermList {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new TermListError(`cannot read 错敏词 list ${path}: ${messageOf(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new TermListError(`错敏词 list ${path} is not valid JSON: ${messageOf(error)}`);
  }
  return parseTermList(json, path);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
