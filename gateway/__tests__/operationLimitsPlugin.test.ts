import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { getIntrospectionQuery } from 'graphql';
import { createFormatError } from '../../core/errors';
import { operationLimitsPlugin } from '../plugins/operationLimitsPlugin';
import { apiSchema } from './apiSchema';

const LIMIT_CODES = ['QUERY_TOO_DEEP', 'TOO_MANY_ALIASES', 'QUERY_TOO_COMPLEX', 'BAD_USER_INPUT'];
const EXAMPLES = path.join(__dirname, '..', 'playground', 'examples');

let server: ApolloServer;

beforeAll(async () => {
  server = new ApolloServer({
    schema: await apiSchema(),
    plugins: [operationLimitsPlugin({ maxDepth: 12, maxAliases: 30, maxCost: 20_000 })],
    formatError: createFormatError(),
  });
  await server.start();
});

afterAll(() => server?.stop());

async function run(query: string, variables: Record<string, unknown> = {}) {
  const response = await server.executeOperation({ query, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const errors = response.body.singleResult.errors ?? [];
  return { status: response.http.status, errors, codes: errors.map((e) => e.extensions?.code) };
}

/** `sites { children { children { ... { id } } } }`: `depth` levels of fields. */
function nested(depth: number): string {
  return `{ sites ${'{ children '.repeat(depth - 2)}{ id }${' }'.repeat(depth - 2)} }`;
}

describe('operationLimitsPlugin', () => {
  it.each(readdirSync(EXAMPLES).filter((file) => file.endsWith('.graphql')))(
    'lets the playground example %s through',
    async (file) => {
      const variablesFile = path.join(EXAMPLES, file.replace(/\.graphql$/, '.variables.json'));
      const variables = existsSync(variablesFile)
        ? (JSON.parse(readFileSync(variablesFile, 'utf8')) as Record<string, unknown>)
        : {};
      const query = readFileSync(path.join(EXAMPLES, file), 'utf8');
      // Examples with several operations name the first one (the playground's run button picks).
      const operationName = /(?:query|mutation) (\w+)/.exec(query)?.[1];
      const response = await server.executeOperation({ query, variables, operationName });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const codes = (response.body.singleResult.errors ?? []).map((e) => e.extensions?.code);
      expect(codes.filter((code) => LIMIT_CODES.includes(String(code)))).toEqual([]);
    },
  );

  it('lets a full page of latest notices through', async () => {
    const { codes } = await run(
      '{ latest(first: 100) { edges { node { id title site { name } } } } }',
    );
    expect(codes.filter((code) => LIMIT_CODES.includes(String(code)))).toEqual([]);
  });

  it("lets the playground's introspection query through", async () => {
    const { codes } = await run(getIntrospectionQuery());
    expect(codes).toEqual([]);
  });

  it('lets exactly the maximum depth through', async () => {
    const { codes } = await run(nested(12));
    expect(codes).not.toContain('QUERY_TOO_DEEP');
  });

  it('refuses deeper nesting with 400 QUERY_TOO_DEEP', async () => {
    const { status, errors } = await run(nested(13));
    expect(status).toBe(400);
    expect(errors).toEqual([
      {
        message: 'Query depth limit of 12 exceeded, found 13.',
        extensions: { code: 'QUERY_TOO_DEEP' },
      },
    ]);
  });

  it('counts fields, not fragments, towards depth', async () => {
    const { codes } = await run(
      '{ sites { ...A } } fragment A on Site { children { ...B } } fragment B on Site { id }',
    );
    expect(codes).not.toContain('QUERY_TOO_DEEP');
    // sites + 11 × children + id inside the fragment: 13 levels of fields.
    const deep = await run(
      `{ sites { ...A } } fragment A on Site { ${'children { '.repeat(11)}id${' }'.repeat(11)} }`,
    );
    expect(deep.codes).toEqual(['QUERY_TOO_DEEP']);
  });

  it('refuses too many aliases with 400 TOO_MANY_ALIASES', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: sites { id }`).join(' ');
    const { status, errors } = await run(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(errors).toEqual([
      {
        message: 'Aliases limit of 30 exceeded, found 100.',
        extensions: { code: 'TOO_MANY_ALIASES' },
      },
    ]);
  });

  it('refuses a page size above 100 with 400 BAD_USER_INPUT', async () => {
    const { status, errors } = await run('{ latest(first: 100000) { totalCount } }');
    expect(status).toBe(400);
    expect(errors).toEqual([
      {
        message: 'first must be between 1 and 100',
        extensions: { code: 'BAD_USER_INPUT', field: 'first', max: 100 },
      },
    ]);
    const viaVariable = await run('query($n: Int!) { latest(first: $n) { totalCount } }', {
      n: 100000,
    });
    expect(viaVariable.status).toBe(400);
    expect(viaVariable.codes).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses an operation that costs too much with 400 QUERY_TOO_COMPLEX', async () => {
    const page =
      'latest(first: 100) { edges { node { id title summary site { name children { name } } interpretations { id title } } } }';
    const aliases = Array.from({ length: 20 }, (_, i) => `p${i}: ${page}`).join(' ');
    const { status, errors } = await run(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/estimated cost \d+ is above the limit of 20000/);
    expect(errors[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxCost: 20000 });
  });
});

describe('operationLimitsPlugin and the hub’s own workers', () => {
  const worker = {
    sub: 'syndication',
    name: 'worker',
    roles: [{ siteId: '*', role: 'SYNDICATOR' }],
  };
  const admin = { sub: 'admin', name: 'admin', roles: [{ siteId: '*', role: 'CLUSTER_ADMIN' }] };
  const backfillPage = (first: number) =>
    `{ countyCompactedChanges(first: ${first}) { entries { noticeId snapshot { title }
      notice { id title body docNumber { raw } site { id } column { id } } } endCursor hasMore } }`;

  async function runAs(principal: typeof worker | null, query: string) {
    const response = await server.executeOperation(
      { query },
      { contextValue: { requestId: 'test', authorization: undefined, principal } },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return (response.body.singleResult.errors ?? []).map((e) => e.extensions?.code);
  }

  it('lets a worker read pages of 1,000 at any cost', async () => {
    const codes = await runAs(worker, backfillPage(1000));
    expect(codes.filter((code) => LIMIT_CODES.includes(String(code)))).toEqual([]);
  });

  it('still caps a worker’s pages at 1,000', async () => {
    expect(await runAs(worker, backfillPage(1001))).toContain('BAD_USER_INPUT');
  });

  it('keeps people, cluster admins included, to pages of 100 and the cost limit', async () => {
    expect(await runAs(admin, backfillPage(1000))).toContain('BAD_USER_INPUT');
    expect(await runAs(null, backfillPage(101))).toContain('BAD_USER_INPUT');
    const costly = Array.from({ length: 20 }, (_, i) => `p${i}: ${backfillPage(100).slice(1, -1)}`);
    expect(await runAs(admin, `{ ${costly.join(' ')} }`)).toContain('QUERY_TOO_COMPLEX');
    const worksForWorker = await runAs(worker, `{ ${costly.join(' ')} }`);
    expect(worksForWorker.filter((code) => LIMIT_CODES.includes(String(code)))).toEqual([]);
  });

  it('keeps the depth limit for workers too', async () => {
    expect(await runAs(worker, nested(13))).toContain('QUERY_TOO_DEEP');
  });
});
