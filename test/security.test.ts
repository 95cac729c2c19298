import { GATEWAY_SECRET_HEADER } from '../core/auth';
import { loadConfig } from '../core/config';
import type { RunningCluster } from './support/startCluster';
import { startCluster } from './support/startCluster';
import { dataOf, graphqlRequest } from './support/graphqlRequest';
import type { GraphQLResult } from './support/graphqlRequest';
import { forgedTokens } from './support/forgedTokens';
import { storedCounts } from './support/storedCounts';
import { publishThroughReview, siteStaff } from './support/workflow';

/*
 * Authentication and input hardening, end to end: forged tokens, direct
 * subgraph calls, and Mongo operator payloads.
 */

const SITE = '2101240002';
let cluster: RunningCluster;
let draftId: string;
let publishedId: string;

beforeAll(async () => {
  cluster = await startCluster();
  const staff = siteStaff(SITE);
  const create = async (title: string) =>
    dataOf(
      await graphqlRequest<{ createNotice: { id: string } }>(
        cluster.gatewayUrl,
        'mutation($s: ID!, $i: NoticeInput!) { createNotice(siteId: $s, input: $i) { id } }',
        { s: SITE, i: { title, body: '<p>正文</p>' } },
        staff.editor,
      ),
    ).createNotice.id;
  draftId = await create('安全测试草稿');
  publishedId = await create('安全测试已发布');
  await publishThroughReview(cluster.gatewayUrl, publishedId, SITE);
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
});

/** Every public mutation, with arguments that a legitimate holder of the claimed roles could use. */
function mutations(): { name: string; query: string; variables: Record<string, unknown> }[] {
  return [
    {
      name: 'createNotice',
      query: 'mutation($s: ID!, $i: NoticeInput!) { createNotice(siteId: $s, input: $i) { id } }',
      variables: { s: SITE, i: { title: '伪造令牌写入', body: '<p>x</p>' } },
    },
    {
      name: 'updateNotice',
      query:
        'mutation($id: ID!, $i: NoticeUpdateInput!) { updateNotice(id: $id, input: $i, expectedVersion: 1) { id } }',
      variables: { id: draftId, i: { title: '伪造令牌修改' } },
    },
    {
      name: 'submitNotice',
      query: 'mutation($id: ID!) { submitNotice(id: $id) { id } }',
      variables: { id: draftId },
    },
    {
      name: 'reviewNotice',
      query: 'mutation($id: ID!) { reviewNotice(id: $id, decision: APPROVE) { id } }',
      variables: { id: draftId },
    },
    {
      name: 'publishNotice',
      query: 'mutation($id: ID!) { publishNotice(id: $id) { id } }',
      variables: { id: draftId },
    },
    {
      name: 'withdrawNotice',
      query: 'mutation($id: ID!) { withdrawNotice(id: $id, reason: "伪造") { id } }',
      variables: { id: publishedId },
    },
    {
      name: 'repealNotice',
      query:
        'mutation($id: ID!) { repealNotice(id: $id, reason: "伪造", repealingDocument: "伪造") { id } }',
      variables: { id: publishedId },
    },
  ];
}

function forged() {
  const config = loadConfig(process.env);
  const dir = process.env.GOVHUB_TEST_KEYS_DIR;
  if (!dir) throw new Error('GOVHUB_TEST_KEYS_DIR is not set: globalSetup generates the test keys');
  return forgedTokens(config.jwt, dir);
}

test('forged tokens against every mutation through the gateway: 0 accepted, 0 writes', async () => {
  const before = await storedCounts(cluster);
  const tokens = forged();
  expect(tokens.length).toBeGreaterThanOrEqual(15);
  const accepted: string[] = [];
  for (const { name: tokenName, token } of tokens) {
    for (const m of mutations()) {
      const res = await fetch(cluster.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: m.query, variables: m.variables }),
      });
      const body = (await res.json()) as GraphQLResult;
      const code = body.errors?.[0]?.extensions?.code;
      if (body.data || code !== 'UNAUTHENTICATED')
        accepted.push(`${tokenName} × ${m.name}: ${res.status} ${code}`);
    }
  }
  expect(accepted).toEqual([]);
  expect(await storedCounts(cluster)).toEqual(before);
});

test('the county subgraph verifies tokens itself: forged tokens sent with the hub secret are refused', async () => {
  const before = await storedCounts(cluster);
  const secret = loadConfig({ ...process.env, ...cluster.env }).gatewaySecret;
  const accepted: string[] = [];
  for (const { name, token } of forged()) {
    const res = await fetch(cluster.levelUrls.COUNTY, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        [GATEWAY_SECRET_HEADER]: secret,
      },
      body: JSON.stringify({
        query: 'mutation($id: ID!) { countySubmitNotice(id: $id) { id } }',
        variables: { id: draftId },
      }),
    });
    const body = (await res.json()) as GraphQLResult;
    if (body.data?.countySubmitNotice || body.errors?.[0]?.extensions?.code !== 'UNAUTHENTICATED') {
      accepted.push(`${name}: ${res.status} ${JSON.stringify(body.errors?.[0])}`);
    }
  }
  expect(accepted).toEqual([]);
  expect(await storedCounts(cluster)).toEqual(before);
});

test('direct subgraph calls without the gateway secret are refused, even with a valid token', async () => {
  const before = await storedCounts(cluster);
  const { editor } = siteStaff(SITE);
  for (const url of Object.values(cluster.levelUrls)) {
    for (const secret of [undefined, 'wrong-secret-wrong-secret']) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        authorization: `Bearer ${editor}`,
      };
      if (secret) headers[GATEWAY_SECRET_HEADER] = secret;
      const res = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      });
      expect(res.status).toBe(403);
      const body = (await res.json()) as GraphQLResult;
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(body.data).toBeUndefined();
    }
  }
  const submit = await fetch(cluster.levelUrls.COUNTY, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
    body: JSON.stringify({
      query: 'mutation($id: ID!) { countySubmitNotice(id: $id) { id } }',
      variables: { id: draftId },
    }),
  });
  expect(submit.status).toBe(403);
  expect(await storedCounts(cluster)).toEqual(before);
});

describe('Mongo operator payloads in string arguments have no effect', () => {
  const PAYLOADS: unknown[] = [
    '{"$ne": null}',
    '{"$gt": ""}',
    '$where',
    'this.status == "DRAFT"',
    '.*',
    '^county:',
    "'; return true; var x='",
    '{"$regex": ".*"}',
  ];
  const OBJECTS: unknown[] = [{ $ne: null }, { $regex: '.*' }, { $where: 'true' }, ['$ne', null]];

  const READS: { query: string; arg: string }[] = [
    { query: 'query($v: ID!) { notice(id: $v) { id title } }', arg: 'v' },
    { query: 'query($v: ID!) { site(id: $v) { id } }', arg: 'v' },
    { query: 'query($v: ID) { latest(siteId: $v) { totalCount } }', arg: 'v' },
    { query: 'query($v: String) { latest(category: $v) { totalCount } }', arg: 'v' },
    { query: 'query($v: String) { latest(after: $v) { totalCount } }', arg: 'v' },
    { query: 'query($v: ID) { sites(parentId: $v) { id } }', arg: 'v' },
    { query: 'query($v: String) { countyChanges(after: $v) { hasMore } }', arg: 'v' },
    { query: 'query($v: ID!) { reviewQueue(siteId: $v) { totalCount } }', arg: 'v' },
    { query: 'query($v: ID) { auditLog(noticeId: $v) { totalCount } }', arg: 'v' },
    { query: 'query($v: ID) { auditLog(siteId: $v) { totalCount } }', arg: 'v' },
  ];

  test('as strings: reads find nothing (or refuse the input), never more', async () => {
    const admin = siteStaff(SITE).admin;
    const { data: all } = await graphqlRequest<{ latest: { totalCount: number } }>(
      cluster.gatewayUrl,
      '{ latest { totalCount } }',
    );
    for (const read of READS) {
      for (const payload of PAYLOADS) {
        const r = await graphqlRequest<Record<string, unknown>>(
          cluster.gatewayUrl,
          read.query,
          { [read.arg]: payload },
          admin,
        );
        const code = r.errors?.[0]?.extensions?.code;
        // A refusal must be the caller's fault with a stable code, never a crash.
        if (r.errors) {
          expect(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN']).toContain(code);
          continue;
        }
        const value = Object.values(r.data ?? {})[0];
        if (value === null) continue;
        if (Array.isArray(value)) expect(value).toEqual([]);
        else if (typeof value === 'object' && value && 'totalCount' in value) {
          const total = (value as { totalCount: number }).totalCount;
          // A filter string matched literally finds nothing; an ignored one is not a wider match.
          expect(total === 0 || total === all?.latest.totalCount).toBe(true);
        }
      }
    }
  });

  test('as JSON objects where a string is expected: refused by type checks', async () => {
    const admin = siteStaff(SITE).admin;
    for (const read of READS) {
      for (const payload of OBJECTS) {
        const r = await graphqlRequest(
          cluster.gatewayUrl,
          read.query,
          { [read.arg]: payload },
          admin,
        );
        expect(r.data ?? null).toBeNull();
        expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
    }
  });

  test('in written fields: stored literally as text', async () => {
    const { editor } = siteStaff(SITE);
    const title = '{"$ne": null} $where 测试';
    const created = dataOf(
      await graphqlRequest<{ createNotice: { id: string; title: string; issuer: string } }>(
        cluster.gatewayUrl,
        'mutation($s: ID!, $i: NoticeInput!) { createNotice(siteId: $s, input: $i) { id title issuer } }',
        { s: SITE, i: { title, body: '<p>{"$where": "1"}</p>', issuer: '{"$gt": ""}' } },
        editor,
      ),
    ).createNotice;
    expect(created).toMatchObject({ title, issuer: '{"$gt": ""}' });
    const objectTitle = await graphqlRequest(
      cluster.gatewayUrl,
      'mutation($s: ID!, $i: NoticeInput!) { createNotice(siteId: $s, input: $i) { id } }',
      { s: SITE, i: { title: { $ne: null }, body: '<p>x</p>' } },
      editor,
    );
    expect(objectTitle.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
