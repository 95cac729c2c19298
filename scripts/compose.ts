import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { buildSchemaFiles, staleSchemaFiles } from '../gateway/composition';
import { findRepoRoot } from '../core/process';
import { printLevelSubgraphSdl } from '../subgraphs/level/schema/printLevelSubgraphSdl';

/*
 * npm run compose [-- --check]
 * Prints each level's subgraph SDL, composes the supergraph in-process
 * (@apollo/composition; Rover is not available) and writes schema/.
 * --check writes nothing and exits 1 when schema/ would change.
 */

async function main(argv: string[]): Promise<number> {
  const command = new Command('npm run compose --')
    .description('Regenerate schema/ (subgraph SDLs and the supergraph).')
    .option('--check', 'exit 1 if schema/ is not what compose would write')
    .exitOverride();
  try {
    command.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const check = command.opts<{ check?: boolean }>().check === true;

  const outcome = await buildSchemaFiles(printLevelSubgraphSdl);
  if (!outcome.ok) {
    process.stderr.write(`composition failed with ${outcome.errors.length} error(s):\n`);
    for (const error of outcome.errors)
      process.stderr.write(`  - ${error.replace(/\n/g, '\n    ')}\n`);
    return 1;
  }
  for (const hint of outcome.hints) process.stderr.write(`hint: ${hint}\n`);

  const dir = path.join(findRepoRoot(), 'schema');
  const stale = staleSchemaFiles(dir, outcome.files);
  if (check) {
    if (stale.length === 0) {
      process.stderr.write('schema/ is up to date\n');
      return 0;
    }
    process.stderr.write(
      `schema/ is stale: run npm run compose (would change: ${stale.join(', ')})\n`,
    );
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  for (const name of stale) writeFileSync(path.join(dir, name), outcome.files.get(name) ?? '');
  process.stderr.write(
    stale.length === 0
      ? 'schema/ unchanged\n'
      : `wrote ${stale.map((n) => `schema/${n}`).join(', ')}\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `compose failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
