import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import type { PlaygroundTab } from './playgroundTab';

/**
 * What the headers editor of a mutation tab starts with. Only mutation tabs
 * get it: queries work anonymously, and a placeholder token would fail them.
 */
export const AUTHORIZATION_HINT = JSON.stringify(
  {
    Authorization:
      'Bearer <paste the output of: npm run -s token -- --site 2101240002 --role EDITOR>',
  },
  null,
  2,
);

/**
 * The example operations, one tab per `*.graphql` file in name order; a
 * `<name>.variables.json` beside a file fills its variables editor. Every
 * example is parsed here, so a broken one fails at start-up, not in a browser.
 */
export function loadExampleTabs(dir: string): PlaygroundTab[] {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort();
  return files.map((file) => {
    const query = readFileSync(path.join(dir, file), 'utf8');
    const document = parse(query);
    const mutates = document.definitions.some(
      (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation',
    );
    const variablesFile = path.join(dir, file.replace(/\.graphql$/, '.variables.json'));
    const variables = existsSync(variablesFile)
      ? JSON.stringify(JSON.parse(readFileSync(variablesFile, 'utf8')), null, 2)
      : undefined;
    return {
      query,
      ...(variables ? { variables } : {}),
      ...(mutates ? { headers: AUTHORIZATION_HINT } : {}),
    };
  });
}
