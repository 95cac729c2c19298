/**
 * schema/ is generated (npm run compose) and checked in: the gateway and any
 * other router run from it. This test fails when it no longer matches the code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LEVELS } from '../core/levels';
import { findRepoRoot } from '../core/process';
import {
  SUPERGRAPH_FILE,
  composeSupergraph,
  placeholderSubgraphUrls,
  subgraphFile,
  withGeneratedHeader,
} from '../gateway/composition';
import { printLevelSubgraphSdl } from '../subgraphs/level/schema/printLevelSubgraphSdl';

const STALE = 'schema/ is stale: run npm run compose';
const dir = path.join(findRepoRoot(__dirname), 'schema');

function checkedIn(name: string): string {
  try {
    return readFileSync(path.join(dir, name), 'utf8');
  } catch {
    throw new Error(`${STALE} (schema/${name} is missing)`);
  }
}

function expectFresh(name: string, expected: string): void {
  const actual = checkedIn(name);
  if (actual === expected) return;
  const a = actual.split('\n');
  const e = expected.split('\n');
  const line = e.findIndex((text, i) => a[i] !== text);
  const at = line === -1 ? a.length : line;
  throw new Error(
    `${STALE} (schema/${name} differs from line ${at + 1}:\n  checked in: ${a[at] ?? '<end>'}\n  expected:   ${e[at] ?? '<end>'})`,
  );
}

describe('schema/', () => {
  it('holds the supergraph that the checked-in subgraph SDLs compose to', () => {
    const urls = placeholderSubgraphUrls();
    const outcome = composeSupergraph(
      LEVELS.map((level) => ({ level, sdl: checkedIn(subgraphFile(level)), url: urls[level] })),
    );
    if (!outcome.ok) {
      throw new Error(
        `${STALE} (the checked-in SDLs do not compose:\n${outcome.errors.join('\n')})`,
      );
    }
    expectFresh(SUPERGRAPH_FILE, withGeneratedHeader(outcome.supergraphSdl));
  });

  it('holds the SDL each level prints', async () => {
    for (const level of LEVELS) {
      expectFresh(subgraphFile(level), withGeneratedHeader(await printLevelSubgraphSdl(level)));
    }
  });
});
