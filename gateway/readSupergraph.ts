import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from '../core/process';

export function supergraphPath(): string {
  return path.join(findRepoRoot(), 'schema', 'supergraph.graphql');
}

/** The checked-in supergraph; the error says how to make one when it is missing. */
export function readSupergraph(file: string = supergraphPath()): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot read the supergraph (${reason}); run npm run compose`);
  }
}
