import { ApolloServer } from '@apollo/server';
import { operationResolutionPlugin } from '../plugins/operationResolutionPlugin';

const server = new ApolloServer({
  typeDefs: 'type Query { hello: String }',
  resolvers: { Query: { hello: () => 'world' } },
  plugins: [operationResolutionPlugin()],
});

beforeAll(() => server.start());
afterAll(() => server.stop());

async function run(query: string, operationName?: string) {
  const response = await server.executeOperation({
    query,
    ...(operationName ? { operationName } : {}),
  });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { status: response.http.status, result: response.body.singleResult };
}

describe('operationResolutionPlugin', () => {
  it('lets a resolvable operation through', async () => {
    const { result } = await run('query A { hello } query B { hello }', 'B');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ hello: 'world' });
  });

  it('refuses an unknown operation name with 400', async () => {
    const { status, result } = await run('{ hello }', 'Sites');
    expect(status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({
      message: 'Unknown operation named "Sites".',
      extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
    });
  });

  it('refuses a choice left open', async () => {
    const { status, result } = await run('query A { hello } query B { hello }');
    expect(status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/Must provide operation name/);
  });
});
