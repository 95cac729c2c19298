/**
 * Hostile requests against real clusters: each is refused with the right HTTP
 * status and code, never with a stack trace, and the gateway goes on serving
 * a normal query after each. One development cluster (limits at their
 * defaults, a small body limit, no practical rate limit) and one production
 * cluster (ES256 tokens, no introspection, 5 requests a minute per client).
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signToken } from '../core/auth';
import { loadConfig } from '../core/config';
import { dataOf, graphqlRequest } from './support/graphqlRequest';
import type { RunningCluster } from './support/startCluster';
import { startCluster } from './support/startCluster';

const MAX_REQUEST_BYTES = 65_536;
const PRODUCTION_RATE = 5;

let dev: RunningCluster;
let prod: RunningCluster;
let prodEnv: Record<string, string>;
let keyDir: string;

/** ES256 keys of the production cluster, in files as an operator would deploy them. */
function productionEnv(dir: string): Record<string, string> {
  const kid = 'hostile-test';
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig' };
  writeFileSync(join(dir, 'jwks.json'), JSON.stringify({ keys: [jwk] }));
  writeFileSync(join(dir, 'signing.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  return {
    NODE_ENV: 'production',
    JWT_ALGORITHM: 'ES256',
    JWT_JWKS_FILE: join(dir, 'jwks.json'),
    JWT_PRIVATE_KEY_FILE: join(dir, 'signing.pem'),
    JWT_SIGNING_KID: kid,
    GATEWAY_SHARED_SECRET: randomBytes(24).toString('hex'),
    RATE_LIMIT_PER_MINUTE: String(PRODUCTION_RATE),
  };
}

beforeAll(async () => {
  keyDir = mkdtempSync(join(tmpdir(), 'govhub-hostile-'));
  prodEnv = productionEnv(keyDir);
  const started = await Promise.allSettled([
    startCluster({
      env: { RATE_LIMIT_PER_MINUTE: '1000000', MAX_REQUEST_BYTES: String(MAX_REQUEST_BYTES) },
    }),
    startCluster({ seed: false, env: prodEnv }),
  ]);
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((r) => (r.status === 'fulfilled' ? r.value.stop() : null)));
    throw failed.reason;
  }
  [dev, prod] = started.map((r) => (r as PromiseFulfilledResult<RunningCluster>).value);
}, 180_000);

afterAll(async () => {
  await Promise.all([dev?.stop(), prod?.stop()]);
  rmSync(keyDir, { recursive: true, force: true });
});

/** A token the production cluster accepts; each subject has a rate budget of its own. */
function prodToken(sub: string): string {
  return signToken({ sub, name: sub, roles: [] }, loadConfig(prodEnv).jwt, { expiresIn: '10m' });
}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function send(url: string, init: RequestInit): Promise<Answer> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: Answer['body'] = {};
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    // Asserted below: every refusal is JSON.
  }
  return { status: res.status, headers: res.headers, text, body };
}

function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return send(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The refusal: status, code, a GraphQL-shaped body and nothing about the server's insides. */
function expectRefused(answer: Answer, status: number, code: string): void {
  expect({ status: answer.status, code: answer.body.errors?.[0]?.extensions?.code }).toEqual({
    status,
    code,
  });
  expect(answer.body.data ?? undefined).toBeUndefined();
  expect(answer.text).not.toMatch(/stacktrace|exception/);
  expect(answer.text).not.toContain('    at ');
}

async function expectStillServing(url: string, token?: string): Promise<void> {
  const result = await graphqlRequest<{ sites: unknown[] }>(url, '{ sites { id } }', {}, token);
  expect(result.status).toBe(200);
  expect(Array.isArray(dataOf(result).sites)).toBe(true);
}

/** `sites { children { ... { id } } }` with `depth` levels of fields. */
function nested(depth: number): string {
  return `{ sites ${'{ children '.repeat(depth - 2)}{ id }${' }'.repeat(depth - 2)} }`;
}

describe('hostile queries (development cluster)', () => {
  const cases: { name: string; query: string; variables?: object; code: string }[] = [
    { name: 'deep nesting', query: nested(30), code: 'QUERY_TOO_DEEP' },
    {
      name: 'deep nesting through fragments',
      query: `{ sites { ...A } } fragment A on Site { children { ...B } }
        fragment B on Site { children { children { children { ...C } } } }
        fragment C on Site { children { children { children { children { children { children { children { id } } } } } } } }`,
      code: 'QUERY_TOO_DEEP',
    },
    {
      name: 'a fragment cycle',
      query:
        '{ sites { ...A } } fragment A on Site { children { ...B } } fragment B on Site { parent { ...A } }',
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    {
      name: 'fragments fanning out exponentially',
      query: `{ sites { ...F0 } } ${Array.from(
        { length: 16 },
        (_, i) => `fragment F${i} on Site { ...F${i + 1} ...F${i + 1} }`,
      ).join(' ')} fragment F16 on Site { id }`,
      code: 'QUERY_TOO_COMPLEX',
    },
    {
      name: 'an alias bomb (100 aliases)',
      query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: sites { id }`).join(' ')} }`,
      code: 'TOO_MANY_ALIASES',
    },
    {
      name: 'a huge page size',
      query: '{ latest(first: 100000) { edges { node { id } } } }',
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'a huge page size in a variable',
      query: 'query Page($n: Int!) { latest(first: $n) { edges { node { id } } } }',
      variables: { n: 100000 },
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'a negative page size (it would lower the cost of the rest)',
      query: '{ latest(first: -1000000) { totalCount } }',
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'a cost bomb (full pages of nested lists)',
      query: `{ ${Array.from(
        { length: 25 },
        (_, i) =>
          `p${i}: latest(first: 100) { edges { node { id title site { name children { name columns { name } } } interpretations { id } } } }`,
      ).join(' ')} }`,
      code: 'QUERY_TOO_COMPLEX',
    },
    {
      name: 'a token bomb (6000 fields)',
      query: `{ sites { ${'id '.repeat(6000)}} }`,
      code: 'QUERY_TOO_COMPLEX',
    },
  ];

  it.each(cases)('refuses $name with 400 $code', async ({ query, variables, code }) => {
    expectRefused(await post(dev.gatewayUrl, { query, variables }), 400, code);
    await expectStillServing(dev.gatewayUrl);
  });

  it('serves normal queries: a full page of latest notices', async () => {
    const result = await graphqlRequest<{ latest: { edges: unknown[] } }>(
      dev.gatewayUrl,
      '{ latest(first: 100) { edges { node { id title site { name } } } } }',
    );
    expect(dataOf(result).latest.edges.length).toBeGreaterThan(0);
  });

  it('refuses a batch (JSON array body) with 400', async () => {
    const answer = await post(dev.gatewayUrl, [
      { query: '{ sites { id } }' },
      { query: '{ a: sites { id } }' },
    ]);
    expectRefused(answer, 400, 'BAD_REQUEST');
    expect(answer.body.errors?.[0]?.message).toMatch(/batching/i);
    await expectStillServing(dev.gatewayUrl);
  });

  it('refuses a body above MAX_REQUEST_BYTES with 413 PAYLOAD_TOO_LARGE', async () => {
    const padding = 'x'.repeat(MAX_REQUEST_BYTES + 1);
    const answer = await post(dev.gatewayUrl, {
      query: '{ sites { id } }',
      variables: { padding },
    });
    expectRefused(answer, 413, 'PAYLOAD_TOO_LARGE');
    await expectStillServing(dev.gatewayUrl);
  });

  it('refuses a body that is not JSON with 400', async () => {
    expectRefused(await post(dev.gatewayUrl, '{"query": '), 400, 'BAD_REQUEST');
    await expectStillServing(dev.gatewayUrl);
  });

  it('refuses CSRF-shaped requests: a simple GET, a text/plain POST', async () => {
    const query = encodeURIComponent('{ sites { id } }');
    expectRefused(await send(`${dev.gatewayUrl}?query=${query}`, {}), 400, 'BAD_REQUEST');
    const plain = await send(dev.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ sites { id } }' }),
    });
    expectRefused(plain, 400, 'BAD_REQUEST');
    await expectStillServing(dev.gatewayUrl);
  });

  it('refuses a mutation over GET, preflighted or not', async () => {
    const mutation = encodeURIComponent('mutation { publishNotice(id: "county:x") { id } }');
    const url = `${dev.gatewayUrl}?query=${mutation}`;
    expectRefused(await send(url, {}), 400, 'BAD_REQUEST');
    const preflighted = await send(url, { headers: { 'apollo-require-preflight': 'true' } });
    expectRefused(preflighted, 405, 'BAD_REQUEST');
    await expectStillServing(dev.gatewayUrl);
  });

  it('does not crash on MongoDB operators in variables', async () => {
    const notice = 'query Notice($id: ID!) { notice(id: $id) { id } }';
    expectRefused(
      await post(dev.gatewayUrl, { query: notice, variables: { id: { $ne: null } } }),
      400,
      'BAD_USER_INPUT',
    );
    for (const id of ['{"$ne": null}', 'county:{"$gt": ""}', "county:'; return true; //"]) {
      const answer = await post(dev.gatewayUrl, { query: notice, variables: { id } });
      expect(answer.status).toBeLessThan(500);
      expect(answer.text).not.toContain('INTERNAL_SERVER_ERROR');
    }
    const sites = 'query Sites($p: ID) { sites(parentId: $p) { id } }';
    const answer = await post(dev.gatewayUrl, {
      query: sites,
      variables: { p: '{"$where": "1"}' },
    });
    expect(answer.status).toBeLessThan(500);
    expect(answer.text).not.toContain('INTERNAL_SERVER_ERROR');
    await expectStillServing(dev.gatewayUrl);
  });

  it('answers unknown routes with a GraphQL-shaped 404', async () => {
    expectRefused(
      await send(new URL('/wp-admin', dev.gatewayUrl).toString(), {}),
      404,
      'NOT_FOUND',
    );
  });

  it('suggests field names outside production', async () => {
    const answer = await post(dev.gatewayUrl, { query: '{ sitez { id } }' });
    expectRefused(answer, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.errors?.[0]?.message).toMatch(/Did you mean/);
  });
});

describe('hostile queries (production cluster)', () => {
  it('refuses introspection', async () => {
    const token = prodToken('introspector');
    for (const query of [
      '{ __schema { types { name } } }',
      '{ __type(name: "Notice") { name } }',
    ]) {
      const answer = await post(prod.gatewayUrl, { query }, { authorization: `Bearer ${token}` });
      expectRefused(answer, 400, 'GRAPHQL_VALIDATION_FAILED');
      expect(answer.body.errors?.[0]?.extensions?.validationErrorCode).toBe(
        'INTROSPECTION_DISABLED',
      );
    }
    await expectStillServing(prod.gatewayUrl, token);
  });

  it('does not leak field names through suggestions', async () => {
    const token = prodToken('speller');
    const answer = await post(
      prod.gatewayUrl,
      { query: '{ sitez { id } latset { totalCount } }' },
      { authorization: `Bearer ${token}` },
    );
    expectRefused(answer, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.errors?.map((e) => e.message)).toEqual([
      'Cannot query field "sitez" on type "Query".',
      'Cannot query field "latset" on type "Query".',
    ]);
    const variable = await post(
      prod.gatewayUrl,
      { query: 'query Sites($l: Level) { sites(level: $l) { id } }', variables: { l: 'COUNTRY' } },
      { authorization: `Bearer ${token}` },
    );
    expectRefused(variable, 400, 'BAD_USER_INPUT');
    expect(variable.text).not.toMatch(/Did you mean/);
    await expectStillServing(prod.gatewayUrl, token);
  });

  it('serves no playground', async () => {
    const html = { accept: 'text/html' };
    expectRefused(await send(prod.gatewayUrl, { headers: html }), 404, 'NOT_FOUND');
    const asset = new URL('/playground/assets/graphiql.min.js', prod.gatewayUrl).toString();
    expectRefused(await send(asset, {}), 404, 'NOT_FOUND');
    expectRefused(
      await send(new URL('/', prod.gatewayUrl).toString(), { headers: html }),
      404,
      'NOT_FOUND',
    );
  });

  it('refuses a bad token with 401 before the limits', async () => {
    const answer = await post(
      prod.gatewayUrl,
      { query: nested(30) },
      { authorization: 'Bearer abc.def.ghi' },
    );
    expectRefused(answer, 401, 'UNAUTHENTICATED');
  });

  it(`rate-limits each client to ${PRODUCTION_RATE} requests a minute`, async () => {
    const flooder = { authorization: `Bearer ${prodToken('flooder')}` };
    for (let i = 0; i < PRODUCTION_RATE; i += 1) {
      expect((await post(prod.gatewayUrl, { query: '{ sites { id } }' }, flooder)).status).toBe(
        200,
      );
    }
    const limited = await post(prod.gatewayUrl, { query: '{ sites { id } }' }, flooder);
    expectRefused(limited, 429, 'RATE_LIMITED');
    expect(limited.headers.get('ratelimit')).toMatch(/r=0/);
    expect(limited.headers.get('ratelimit-policy')).toMatch(new RegExp(`q=${PRODUCTION_RATE}`));
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another subject has a budget of its own.
    await expectStillServing(prod.gatewayUrl, prodToken('bystander'));
  });

  it('rate-limits anonymous callers by address, whatever X-Forwarded-For says', async () => {
    // Earlier anonymous requests (the bad token above) used part of this address's budget.
    const ask = (i: number) =>
      post(prod.gatewayUrl, { query: '{ sites { id } }' }, { 'x-forwarded-for': `203.0.113.${i}` });
    const first = await ask(1);
    expect(first.status).toBe(200);
    const remaining = Number(/r=(\d+)/.exec(first.headers.get('ratelimit') ?? '')?.[1]);
    expect(remaining).toBeLessThan(PRODUCTION_RATE);
    const statuses: number[] = [];
    for (let i = 0; i <= remaining; i += 1) statuses.push((await ask(i + 2)).status);
    expect(statuses).toEqual([...Array<number>(remaining).fill(200), 429]);
    // Liveness is not rate-limited.
    const live = await fetch(new URL('/healthz', prod.gatewayUrl));
    expect(live.status).toBe(200);
    await live.arrayBuffer();
  });
});
