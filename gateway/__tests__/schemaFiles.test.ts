import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Level } from '../../core/levels';
import {
  GENERATED_HEADER,
  SUPERGRAPH_FILE,
  buildSchemaFiles,
  placeholderSubgraphUrls,
  staleSchemaFiles,
} from '../composition/schemaFiles';

const LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\n';
const sdl: Record<Level, string> = {
  PROVINCE: `${LINK}type Site @key(fields: "id") { id: ID! name: String! }\ntype Query { sites: [Site!]! }\n`,
  CITY: `${LINK}type Site @key(fields: "id", resolvable: false) { id: ID! }\n`,
  COUNTY: `${LINK}type Site @key(fields: "id", resolvable: false) { id: ID! }\n`,
};
const print = async (level: Level) => sdl[level];

describe('buildSchemaFiles', () => {
  it('gives every level its SDL file and the supergraph, each with the generated header', async () => {
    const outcome = await buildSchemaFiles(print);
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    expect([...outcome.files.keys()].sort()).toEqual([
      'city.graphql',
      'county.graphql',
      'province.graphql',
      SUPERGRAPH_FILE,
    ]);
    expect(outcome.files.get('province.graphql')).toBe(`${GENERATED_HEADER}${sdl.PROVINCE}`);
    expect(outcome.files.get(SUPERGRAPH_FILE)?.startsWith(GENERATED_HEADER)).toBe(true);
  });

  it('records the default URLs, whatever the environment says', async () => {
    const outcome = await buildSchemaFiles(print);
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    expect(placeholderSubgraphUrls().COUNTY).toBe('http://127.0.0.1:4001/graphql');
    expect(outcome.files.get(SUPERGRAPH_FILE)).toContain('url: "http://127.0.0.1:4003/graphql"');
  });
});

describe('staleSchemaFiles', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'govhub-schema-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists missing and changed files, not equal ones', () => {
    writeFileSync(path.join(dir, 'a.graphql'), 'same');
    writeFileSync(path.join(dir, 'b.graphql'), 'old');
    const files = new Map([
      ['a.graphql', 'same'],
      ['b.graphql', 'new'],
      ['c.graphql', 'added'],
    ]);
    expect(staleSchemaFiles(dir, files)).toEqual(['b.graphql', 'c.graphql']);
  });
});
