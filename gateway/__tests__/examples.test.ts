import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { parse, validate } from 'graphql';
import { apiSchema } from './apiSchema';

/** The playground's examples are the public contract in use: they must stay valid against the supergraph. */
const EXAMPLES = path.join(__dirname, '..', 'playground', 'examples');

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await apiSchema();
});

describe('playground examples', () => {
  const files = readdirSync(EXAMPLES).filter((file) => file.endsWith('.graphql'));

  it.each(files)('%s is valid against schema/supergraph.graphql', (file) => {
    const errors = validate(schema, parse(readFileSync(path.join(EXAMPLES, file), 'utf8')));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
