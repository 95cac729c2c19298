import type { RunningCluster } from './support/startCluster';
import { startCluster } from './support/startCluster';
import { dataOf, eventually, graphqlRequest } from './support/graphqlRequest';
import type { GraphQLResult } from './support/graphqlRequest';
import { testToken } from './support/testTokens';
import { PUBLISH, REVIEW, SUBMIT, publishThroughReview, siteStaff } from './support/workflow';

/*
 * 三审 through the real gateway: county notices (routed by the province to
 * the county subgraph) and province notices (handled in place).
 */

const COUNTY_PORTAL = '2101240002';
const TWO_STEP_SITE = '2101240002-004'; // 法库县叶茂台镇: 初审, 终审
const PROVINCE_PORTAL = '2100000001';

const CREATE = `mutation($siteId: ID!, $input: NoticeInput!) { createNotice(siteId: $siteId, input: $input) { id status version } }`;
const UPDATE = `mutation($id: ID!, $input: NoticeUpdateInput!, $v: Int!, $override: String) {
  updateNotice(id: $id, input: $input, expectedVersion: $v, overrideReason: $override) { id status version title }
}`;
const REPEAL = `mutation($id: ID!, $reason: String!, $doc: String!, $v: Int) {
  repealNotice(id: $id, reason: $reason, repealingDocument: $doc, expectedVersion: $v) { id status version validity repeal { reason repealingDocument } }
}`;
const WITHDRAW = `mutation($id: ID!, $reason: String!) { withdrawNotice(id: $id, reason: $reason) { id status version } }`;
const NOTICE = `query($id: ID!) { notice(id: $id) { id status version title body
  workflow { stepsRequired nextStep round submittedBy { sub } steps { step by { sub } comment }
    rejection { step reason by { sub } } termOverride { terms reason by { sub } } publishedBy } } }`;
const AUDIT = `query($noticeId: ID, $siteId: ID, $first: Int) { auditLog(noticeId: $noticeId, siteId: $siteId, first: $first) {
  totalCount edges { node { id noticeId version action from to step reason actor { sub name } summary changedFields overriddenTerms overrideReason } } } }`;
const QUEUE = `query($siteId: ID!) { reviewQueue(siteId: $siteId) { totalCount edges { node { id status } } } }`;

interface Step {
  id: string;
  status: string;
  version: number;
}
interface AuditNode {
  version: number;
  action: string;
  from: string | null;
  to: string;
  step: string | null;
  reason: string | null;
  actor: { sub: string };
  summary: string;
  overriddenTerms: string[];
  overrideReason: string | null;
}

let cluster: RunningCluster;

beforeAll(async () => {
  cluster = await startCluster();
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
});

function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<GraphQLResult<T>> {
  return graphqlRequest<T>(cluster.gatewayUrl, query, variables, token);
}

async function step(
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<Step> {
  const data = dataOf(await gql<Record<string, Step>>(query, variables, token));
  return Object.values(data)[0] as Step;
}

function codeOf(result: GraphQLResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

async function draft(
  siteId: string,
  title: string,
  body = '<p>为做好有关工作，现将事项通知如下。</p>',
): Promise<string> {
  const { editor } = siteStaff(siteId);
  return (await step(CREATE, { siteId, input: { title, body } }, editor)).id;
}

async function audit(noticeId: string, token: string): Promise<AuditNode[]> {
  const data = dataOf(
    await gql<{ auditLog: { edges: { node: AuditNode }[] } }>(
      AUDIT,
      { noticeId, first: 100 },
      token,
    ),
  );
  return data.auditLog.edges.map((e) => e.node).reverse();
}

describe.each([
  ['county', COUNTY_PORTAL],
  ['province', PROVINCE_PORTAL],
])('三审 on a %s site', (_name, siteId) => {
  const staff = siteStaff(siteId);

  test('the whole path with four different people, each step audited', async () => {
    const id = await draft(siteId, `关于做好秋冬季安全生产工作的通知 ${Date.now()}`);
    expect((await step(SUBMIT, { id, v: 1 }, staff.editor)).status).toBe('SUBMITTED');

    // Nobody but staff sees it while in review; the public gets null.
    expect(dataOf(await gql<{ notice: unknown }>(NOTICE, { id })).notice).toBeNull();

    // Publishing before the review is complete is refused.
    expect(codeOf(await gql(PUBLISH, { id }, staff.approver))).toBe('INVALID_STATE');
    // 终审 needs an APPROVER: a reviewer cannot skip ahead, and the author cannot review.
    expect(codeOf(await gql(REVIEW, { id, decision: 'APPROVE' }, staff.editor))).toBe('FORBIDDEN');

    expect(
      (await step(REVIEW, { id, decision: 'APPROVE', comment: '初审无误' }, staff.reviewer)).status,
    ).toBe('FIRST_REVIEWED');
    // The same reviewer may not do 复审 too.
    expect(codeOf(await gql(REVIEW, { id, decision: 'APPROVE' }, staff.reviewer))).toBe(
      'FORBIDDEN',
    );
    expect((await step(REVIEW, { id, decision: 'APPROVE' }, staff.reviewer2)).status).toBe(
      'SECOND_REVIEWED',
    );
    // 终审 by a reviewer is refused: it needs an approver.
    const reviewer3 = testToken([{ siteId, role: 'REVIEWER' }], `reviewer3-${siteId}`);
    expect(codeOf(await gql(REVIEW, { id, decision: 'APPROVE' }, reviewer3))).toBe('FORBIDDEN');
    expect((await step(REVIEW, { id, decision: 'APPROVE' }, staff.approver)).status).toBe(
      'APPROVED',
    );
    const published = await step(PUBLISH, { id, v: 5 }, staff.editor);
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 6 });

    const seen = dataOf(
      await gql<{
        notice: {
          workflow: { steps: { step: string; by: { sub: string } }[]; publishedBy: string };
        };
      }>(NOTICE, { id }, staff.reviewer),
    ).notice;
    expect(seen.workflow.steps.map((s) => [s.step, s.by.sub])).toEqual([
      ['FIRST', `reviewer-${siteId}`],
      ['SECOND', `reviewer2-${siteId}`],
      ['FINAL', `approver-${siteId}`],
    ]);
    expect(seen.workflow.publishedBy).toBe(`editor-${siteId}`);
    // The public sees the notice (once the province catalog has it) but not the workflow.
    const pub = await eventually(async () => {
      const r = await gql<{ notice: { workflow: unknown; status: string } | null }>(NOTICE, { id });
      return dataOf(r).notice ?? undefined;
    });
    expect(pub).toMatchObject({ status: 'PUBLISHED', workflow: null });

    const trail = await audit(id, staff.admin);
    expect(trail.map((e) => [e.version, e.action, e.from, e.to, e.step, e.actor.sub])).toEqual([
      [1, 'CREATE', null, 'DRAFT', null, `editor-${siteId}`],
      [2, 'SUBMIT', 'DRAFT', 'SUBMITTED', null, `editor-${siteId}`],
      [3, 'REVIEW_APPROVE', 'SUBMITTED', 'FIRST_REVIEWED', 'FIRST', `reviewer-${siteId}`],
      [4, 'REVIEW_APPROVE', 'FIRST_REVIEWED', 'SECOND_REVIEWED', 'SECOND', `reviewer2-${siteId}`],
      [5, 'REVIEW_APPROVE', 'SECOND_REVIEWED', 'APPROVED', 'FINAL', `approver-${siteId}`],
      [6, 'PUBLISH', 'APPROVED', 'PUBLISHED', null, `editor-${siteId}`],
    ]);
    expect(trail[2]?.reason).toBe('初审无误');
    expect(trail[2]?.summary).toContain('初审通过');
  });

  test('reject returns to draft with the reason; edit and resubmit starts a new round', async () => {
    const id = await draft(siteId, `关于开展农村人居环境整治的通知 ${Date.now()}`);
    await step(SUBMIT, { id }, staff.editor);
    await step(REVIEW, { id, decision: 'APPROVE' }, staff.reviewer);
    // A rejection needs a reason.
    const bare = await gql(REVIEW, { id, decision: 'REJECT' }, staff.reviewer2);
    expect(bare.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'comment',
    });
    const rejected = await step(
      REVIEW,
      { id, decision: 'REJECT', comment: '文号缺失，请补充' },
      staff.reviewer2,
    );
    expect(rejected.status).toBe('DRAFT');

    // Frozen while in review, editable again as a draft.
    const edited = await step(
      UPDATE,
      { id, input: { docNumber: '法政办发〔2025〕3号' }, v: rejected.version },
      staff.editor,
    );
    expect(edited.status).toBe('DRAFT');
    const view = dataOf(
      await gql<{
        notice: { workflow: { rejection: { step: string; reason: string }; round: number } };
      }>(NOTICE, { id }, staff.editor),
    ).notice;
    expect(view.workflow.rejection).toMatchObject({ step: 'SECOND', reason: '文号缺失，请补充' });

    await step(SUBMIT, { id }, staff.editor);
    // Editing is refused while the notice is in review.
    const frozen = await gql(
      UPDATE,
      { id, input: { title: '改' }, v: edited.version + 1 },
      staff.editor,
    );
    expect(codeOf(frozen)).toBe('INVALID_STATE');
    // New round: the reviewer of the first round may review again.
    await step(REVIEW, { id, decision: 'APPROVE' }, staff.reviewer);
    await step(REVIEW, { id, decision: 'APPROVE' }, staff.reviewer2);
    await step(REVIEW, { id, decision: 'APPROVE' }, staff.approver);
    expect((await step(PUBLISH, { id }, staff.approver)).status).toBe('PUBLISHED');
    const actions = (await audit(id, staff.editor)).map((e) => e.action);
    expect(actions).toEqual([
      'CREATE',
      'SUBMIT',
      'REVIEW_APPROVE',
      'REVIEW_REJECT',
      'EDIT',
      'SUBMIT',
      'REVIEW_APPROVE',
      'REVIEW_APPROVE',
      'REVIEW_APPROVE',
      'PUBLISH',
    ]);
  });

  test('a stale expectedVersion gives CONFLICT and changes nothing; concurrent reviews: one wins', async () => {
    const id = await draft(siteId, `关于印发工作要点的通知 ${Date.now()}`);
    const stale = await gql(SUBMIT, { id, v: 7 }, staff.editor);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    await step(SUBMIT, { id, v: 1 }, staff.editor);
    const results = await Promise.all([
      gql(REVIEW, { id, decision: 'APPROVE', v: 2 }, staff.reviewer),
      gql(REVIEW, { id, decision: 'APPROVE', v: 2 }, staff.reviewer2),
    ]);
    const codes = results.map((r) => codeOf(r) ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const trail = await audit(id, staff.editor);
    expect(trail.filter((e) => e.action === 'REVIEW_APPROVE')).toHaveLength(1);
  });

  test('withdraw and repeal are for approvers, with a reason and the repealing document', async () => {
    const id = await draft(siteId, `关于调整有关收费标准的通知 ${Date.now()}`);
    await publishThroughReview(cluster.gatewayUrl, id, siteId);
    expect(codeOf(await gql(WITHDRAW, { id, reason: '调整' }, staff.editor))).toBe('FORBIDDEN');
    const noDoc = await gql(REPEAL, { id, reason: '已被新文件替代', doc: ' ' }, staff.approver);
    expect(noDoc.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'repealingDocument',
    });
    const repealed = dataOf(
      await gql<{
        repealNotice: { status: string; validity: string; repeal: { repealingDocument: string } };
      }>(REPEAL, { id, reason: '已被新文件替代', doc: '法政发〔2026〕1号' }, staff.approver),
    ).repealNotice;
    expect(repealed).toMatchObject({ status: 'REPEALED', validity: 'REPEALED' });
    expect(repealed.repeal.repealingDocument).toBe('法政发〔2026〕1号');
    expect(codeOf(await gql(SUBMIT, { id }, staff.editor))).toBe('INVALID_STATE');
    const last = (await audit(id, staff.approver)).at(-1);
    expect(last).toMatchObject({ action: 'REPEAL', from: 'PUBLISHED', to: 'REPEALED' });
  });
});

test('a two-step site goes 初审 → 终审', async () => {
  const staff = siteStaff(TWO_STEP_SITE);
  const id = await draft(TWO_STEP_SITE, `叶茂台镇关于秸秆禁烧的通告 ${Date.now()}`);
  await step(SUBMIT, { id }, staff.editor);
  await step(REVIEW, { id, decision: 'APPROVE' }, staff.reviewer);
  const view = dataOf(
    await gql<{
      notice: { status: string; workflow: { stepsRequired: number; nextStep: string } };
    }>(NOTICE, { id }, staff.reviewer),
  ).notice;
  expect(view).toMatchObject({
    status: 'FIRST_REVIEWED',
    workflow: { stepsRequired: 2, nextStep: 'FINAL' },
  });
  expect((await step(REVIEW, { id, decision: 'APPROVE' }, staff.approver)).status).toBe('APPROVED');
  expect((await step(PUBLISH, { id }, staff.approver)).status).toBe('PUBLISHED');
});

test("the review queue lists a site's notices in review, for its staff only", async () => {
  const staff = siteStaff(COUNTY_PORTAL);
  const id = await draft(COUNTY_PORTAL, `关于征求意见的通知 ${Date.now()}`);
  await step(SUBMIT, { id }, staff.editor);
  const queue = dataOf(
    await gql<{
      reviewQueue: { totalCount: number; edges: { node: { id: string; status: string } }[] };
    }>(QUEUE, { siteId: COUNTY_PORTAL }, staff.reviewer),
  ).reviewQueue;
  expect(queue.edges.map((e) => e.node)).toContainEqual({ id, status: 'SUBMITTED' });
  expect(codeOf(await gql(QUEUE, { siteId: COUNTY_PORTAL }))).toBe('UNAUTHENTICATED');
  const outsider = siteStaff('2103210003').reviewer;
  expect(codeOf(await gql(QUEUE, { siteId: COUNTY_PORTAL }, outsider))).toBe('FORBIDDEN');
  expect(codeOf(await gql(AUDIT, { siteId: COUNTY_PORTAL }, outsider))).toBe('FORBIDDEN');
});

describe('错敏词 check', () => {
  const staff = siteStaff(COUNTY_PORTAL);
  const body = '<p>根据国家工商总局有关规定，截止目前已完成登记工作。</p>';

  test('blocks submit listing every match; an approver overrides with a recorded reason', async () => {
    const id = await draft(COUNTY_PORTAL, `关于企业登记工作的通知 ${Date.now()}`, body);
    const blocked = await gql(SUBMIT, { id }, staff.editor);
    expect(codeOf(blocked)).toBe('SENSITIVE_TERMS');
    const matches = blocked.errors?.[0]?.extensions?.matches as {
      field: string;
      position: number;
      term: string;
      suggestion: string | null;
    }[];
    expect(matches.map((m) => m.term)).toEqual(
      expect.arrayContaining(['国家工商总局', '截止目前']),
    );
    for (const m of matches) {
      expect(m.field).toBe('body');
      expect(m.position).toBeGreaterThanOrEqual(0);
    }
    expect(matches.find((m) => m.term === '截止目前')?.suggestion).toBe('截至目前');

    // An editor cannot override; an approver can, with a reason.
    expect(codeOf(await gql(SUBMIT, { id, override: '引用历史文件原文' }, staff.editor))).toBe(
      'FORBIDDEN',
    );
    const submitted = await step(SUBMIT, { id, override: '引用历史文件原文' }, staff.approver);
    expect(submitted.status).toBe('SUBMITTED');

    // The override is on record and carries through to publication.
    await step(REVIEW, { id, decision: 'APPROVE' }, staff.reviewer);
    await step(REVIEW, { id, decision: 'APPROVE' }, staff.reviewer2);
    const approver2 = testToken([{ siteId: COUNTY_PORTAL, role: 'APPROVER' }], 'approver2');
    await step(REVIEW, { id, decision: 'APPROVE' }, approver2);
    expect((await step(PUBLISH, { id }, staff.editor)).status).toBe('PUBLISHED');
    const submitEntry = (await audit(id, staff.admin)).find((e) => e.action === 'SUBMIT');
    expect(submitEntry?.overriddenTerms).toEqual(
      expect.arrayContaining(['国家工商总局', '截止目前']),
    );
    expect(submitEntry?.overrideReason).toBe('引用历史文件原文');
    expect(submitEntry?.actor.sub).toBe(`approver-${COUNTY_PORTAL}`);
  });

  test('a correction that brings in a new term is blocked again', async () => {
    const id = await draft(COUNTY_PORTAL, `关于做好登记工作的通知 ${Date.now()}`);
    const published = await publishThroughReview(cluster.gatewayUrl, id, COUNTY_PORTAL);
    const blocked = await gql(
      UPDATE,
      { id, input: { body: '<p>请按要求按装设备。</p>' }, v: published.version },
      staff.approver,
    );
    expect(codeOf(blocked)).toBe('SENSITIVE_TERMS');
    const stored = dataOf(await gql<{ notice: { version: number } }>(NOTICE, { id })).notice;
    expect(stored.version).toBe(published.version);
  });
});

test("the province routes workflow calls for county notices with the caller's token, errors unchanged", async () => {
  const id = await draft(COUNTY_PORTAL, `关于测试路由的通知 ${Date.now()}`);
  const otherCounty = siteStaff('2103210003');
  const refused = await gql(SUBMIT, { id }, otherCounty.editor);
  expect(codeOf(refused)).toBe('FORBIDDEN');
  const unknown = await gql(SUBMIT, { id: 'county:0000000000000000000000ff' }, otherCounty.editor);
  expect(codeOf(unknown)).toBe('NOT_FOUND');
});
