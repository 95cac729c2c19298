import type { RunningCluster } from './support/startCluster';
import { startCluster } from './support/startCluster';
import { dataOf, eventually, graphqlRequest } from './support/graphqlRequest';
import { testToken } from './support/testTokens';
import { PUBLISH, publishThroughReview, siteStaff } from './support/workflow';
import { countStoredNotices } from './support/levelDatabase';

const NOTICE = `query Notice($id: ID!) {
  notice(id: $id) {
    __typename id level title status version body
    docNumber { raw normalized }
    site { id name level }
    column { id name }
  }
}`;

const LATEST_IDS = `query($levels: [Level!], $first: Int) { latest(first: $first, levels: $levels) { edges { node { id title } } } }`;

interface NoticeResult {
  notice: null | {
    __typename: string;
    id: string;
    level: string;
    title: string;
    status: string;
    version: number;
    body: string | null;
    docNumber: { raw: string; normalized: string } | null;
    site: { id: string; name: string; level: string };
    column: { id: string; name: string } | null;
  };
}

let cluster: RunningCluster;
let sites: { id: string; level: string; kind: string; columns: { id: string; kind: string }[] }[];

beforeAll(async () => {
  cluster = await startCluster();
  sites = dataOf(
    await graphqlRequest<{ sites: typeof sites }>(
      cluster.gatewayUrl,
      '{ sites { id level kind columns { id kind } } }',
    ),
  ).sites;
  await eventually(async () => ((await latestIds('COUNTY')).length > 0 ? true : undefined), 30_000);
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
});

async function latestIds(level: string, first = 100): Promise<string[]> {
  const r = dataOf(
    await graphqlRequest<{ latest: { edges: { node: { id: string } }[] } }>(
      cluster.gatewayUrl,
      LATEST_IDS,
      {
        levels: [level],
        first,
      },
    ),
  );
  return r.latest.edges.map((e) => e.node.id);
}

function portal(level: string) {
  const site = sites.find((s) => s.level === level && s.kind === 'PORTAL');
  if (!site) throw new Error(`no ${level} portal`);
  return site;
}

describe('notice(id)', () => {
  test.each(['COUNTY', 'CITY', 'PROVINCE'])(
    'resolves a %s notice with its site through the gateway',
    async (level) => {
      const [id] = await latestIds(level, 1);
      const r = dataOf(await graphqlRequest<NoticeResult>(cluster.gatewayUrl, NOTICE, { id }));
      expect(r.notice).not.toBeNull();
      expect(r.notice?.id).toBe(id);
      expect(r.notice?.level).toBe(level);
      expect(r.notice?.__typename).toBe(`${level[0]}${level.slice(1).toLowerCase()}Notice`);
      expect(r.notice?.site.name).toEqual(expect.any(String));
      expect(r.notice?.site.level).toBe(level);
      expect(r.notice?.body).toEqual(expect.any(String));
    },
  );

  test.each([
    'county:000000000000000000000000',
    'city:nope',
    'province:nope',
    'nonsense',
    'planet:abc',
    '',
  ])('unknown id %j gives null without errors', async (id) => {
    const r = await graphqlRequest<NoticeResult>(cluster.gatewayUrl, NOTICE, { id });
    expect(r.errors).toBeUndefined();
    expect(r.data?.notice).toBeNull();
  });
});

describe('writes', () => {
  const CREATE = `mutation($siteId: ID!, $input: NoticeInput!) {
    createNotice(siteId: $siteId, input: $input) { id level status version title docNumber { raw normalized issuerCode year serial } }
  }`;
  const UPDATE = `mutation($id: ID!, $input: NoticeUpdateInput!, $v: Int!) { updateNotice(id: $id, input: $input, expectedVersion: $v) { id version title } }`;
  const WITHDRAW = `mutation($id: ID!, $reason: String!) { withdrawNotice(id: $id, reason: $reason) { id status version } }`;

  async function count(level: string): Promise<number> {
    const r = dataOf(
      await graphqlRequest<{ latest: { totalCount: number } }>(
        cluster.gatewayUrl,
        'query($levels: [Level!]) { latest(levels: $levels) { totalCount } }',
        { levels: [level] },
      ),
    );
    return r.latest.totalCount;
  }

  test.each(['COUNTY', 'CITY', 'PROVINCE'])(
    '%s: create → publish → appears in latest; revise; withdraw',
    async (level) => {
      const site = portal(level);
      const staff = siteStaff(site.id);
      const token = staff.editor;
      const column = site.columns.find((c) => c.kind === 'POLICY');
      const title = `关于测试${level}发布流程的通知 ${Date.now()}`;
      const created = dataOf(
        await graphqlRequest<{
          createNotice: {
            id: string;
            status: string;
            version: number;
            docNumber: { normalized: string; year: number };
          };
        }>(
          cluster.gatewayUrl,
          CREATE,
          {
            siteId: site.id,
            input: {
              title,
              body: '<p>正文<script>alert(1)</script></p>',
              docNumber: '测政办发[2024]7號',
              columnId: column?.id,
            },
          },
          token,
        ),
      ).createNotice;
      expect(created.id.startsWith(`${level.toLowerCase()}:`)).toBe(true);
      expect(created.status).toBe('DRAFT');
      expect(created.docNumber.normalized).toBe('测政办发〔2024〕7号');

      const published = await publishThroughReview(cluster.gatewayUrl, created.id, site.id);
      expect(published).toMatchObject({ status: 'PUBLISHED', version: 6 });

      await eventually(async () =>
        (await latestIds(level)).includes(created.id) ? true : undefined,
      );
      const shown = dataOf(
        await graphqlRequest<NoticeResult>(cluster.gatewayUrl, NOTICE, { id: created.id }),
      );
      expect(shown.notice?.body).not.toContain('script');
      expect(shown.notice?.title).toBe(title);

      const stale = await graphqlRequest(
        cluster.gatewayUrl,
        UPDATE,
        { id: created.id, input: { title: 'x' }, v: 1 },
        staff.approver,
      );
      expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      // Correcting a published notice is for approvers and site admins, not editors.
      const byEditor = await graphqlRequest(
        cluster.gatewayUrl,
        UPDATE,
        { id: created.id, input: { title: 'x' }, v: 6 },
        token,
      );
      expect(byEditor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const revised = dataOf(
        await graphqlRequest<{ updateNotice: { version: number; title: string } }>(
          cluster.gatewayUrl,
          UPDATE,
          { id: created.id, input: { title: `${title}（修订）` }, v: 6 },
          staff.approver,
        ),
      ).updateNotice;
      expect(revised).toMatchObject({ version: 7, title: `${title}（修订）` });

      const before = await count(level);
      dataOf(
        await graphqlRequest(
          cluster.gatewayUrl,
          WITHDRAW,
          { id: created.id, reason: '测试撤回' },
          staff.approver,
        ),
      );
      await eventually(async () =>
        (await latestIds(level)).includes(created.id) ? undefined : true,
      );
      expect(await count(level)).toBe(before - 1);
    },
  );

  test('refused without a token, with a token for another site, and on malformed input; nothing is written', async () => {
    const site = portal('COUNTY');
    const other = sites.find(
      (s) => s.level === 'COUNTY' && s.kind === 'PORTAL' && s.id !== site.id,
    );
    if (!other) throw new Error('need two county portals');
    const input = { title: '不应写入的通知', body: '<p>x</p>' };
    const before = await count('COUNTY');

    const anonymous = await graphqlRequest(cluster.gatewayUrl, CREATE, { siteId: site.id, input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const wrongSite = await graphqlRequest(
      cluster.gatewayUrl,
      CREATE,
      { siteId: site.id, input },
      testToken([{ siteId: other.id, role: 'EDITOR' }]),
    );
    expect(wrongSite.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const token = testToken([{ siteId: site.id, role: 'EDITOR' }]);
    const badDoc = await graphqlRequest(
      cluster.gatewayUrl,
      CREATE,
      { siteId: site.id, input: { ...input, docNumber: '国办发2013年5号' } },
      token,
    );
    expect(badDoc.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.docNumber',
    });

    const unknownSite = await graphqlRequest(
      cluster.gatewayUrl,
      CREATE,
      { siteId: '9999999999', input },
      token,
    );
    expect(unknownSite.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'siteId',
    });

    const unknownNotice = await graphqlRequest(
      cluster.gatewayUrl,
      PUBLISH,
      { id: 'county:000000000000000000000000' },
      token,
    );
    expect(unknownNotice.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // Nothing reached the county's database: its change log and drafts are unchanged.
    const drafts = await countStoredNotices(cluster, 'COUNTY', '不应写入的通知');
    expect(drafts).toBe(0);
    expect(await count('COUNTY')).toBe(before);
  });
});
