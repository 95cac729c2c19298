/**
 * The gateway's edge against a real cluster: health and readiness, token
 * checks before execution, and masking.
 */
import { graphqlRequest } from './support/graphqlRequest';
import type { RunningCluster } from './support/startCluster';
import { startCluster } from './support/startCluster';
import { testToken } from './support/testTokens';
import { forgedTokens } from './support/forgedTokens';
import { loadConfig } from '../core/config';

let cluster: RunningCluster;

beforeAll(async () => {
  cluster = await startCluster();
}, 120_000);

afterAll(() => cluster?.stop());

const at = (path: string) => new URL(path, cluster.gatewayUrl).toString();

describe('gateway', () => {
  it('is live and ready when every subgraph is up', async () => {
    const live = await fetch(at('/healthz'));
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok', pid: expect.any(Number) });
    const ready = await fetch(at('/readyz'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', failing: [] });
  });

  it('answers anonymous queries', async () => {
    const result = await graphqlRequest<{ sites: { id: string }[] }>(
      cluster.gatewayUrl,
      '{ sites { id } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.sites.length).toBeGreaterThan(0);
  });

  it('accepts a valid token', async () => {
    const token = testToken([{ siteId: '*', role: 'CLUSTER_ADMIN' }]);
    const result = await graphqlRequest(cluster.gatewayUrl, '{ sites { id } }', {}, token);
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
  });

  it('refuses an invalid token with 401 UNAUTHENTICATED before executing anything', async () => {
    const result = await graphqlRequest(cluster.gatewayUrl, '{ sites { id } }', {}, 'abc.def.ghi');
    expect(result.status).toBe(401);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      { message: 'invalid token: malformed', extensions: { code: 'UNAUTHENTICATED' } },
    ]);
  });

  it('refuses a token signed with another key under a real kid', async () => {
    const forged = forgedTokens(loadConfig().jwt, process.env.GOVHUB_TEST_KEYS_DIR ?? '').find(
      (t) => t.name === 'unrelated key, real kid',
    );
    if (!forged) throw new Error('the forged-token corpus has no "unrelated key, real kid"');
    const result = await graphqlRequest(cluster.gatewayUrl, '{ sites { id } }', {}, forged.token);
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.message).toBe('invalid token: bad signature');
  });

  it('refuses an HS256 token when the cluster uses ES256 (no algorithm confusion)', async () => {
    const token = testToken([], 'mallory', {
      JWT_ALGORITHM: 'HS256',
      JWT_SECRET: 'not-the-cluster-secret-at-all!!',
    });
    const result = await graphqlRequest(cluster.gatewayUrl, '{ sites { id } }', {}, token);
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.message).toBe('invalid token: algorithm HS256 not allowed');
  });

  it('blocks simple cross-site GET requests (CSRF prevention)', async () => {
    const res = await fetch(
      `${cluster.gatewayUrl}?query=${encodeURIComponent('{ sites { id } }')}`,
    );
    expect(res.status).toBe(400);
    await res.arrayBuffer();
  });

  it('refuses an operation name the document does not define with 400', async () => {
    const res = await fetch(cluster.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ sites { id } }', operationName: 'Sites' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: 'Unknown operation named "Sites".',
          extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
        },
      ],
    });
  });

  it('never shows stack traces', async () => {
    const result = await graphqlRequest(cluster.gatewayUrl, '{ notAField }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|exception|at .*\.js:\d+/);
  });
});
