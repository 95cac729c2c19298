import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MongoClient } from 'mongodb';
import { Converter } from 'opencc-js';
import { findRepoRoot } from '../core/process';
import type { NoticeDoc } from '../core/model';
import type { RunningCluster } from './support/startCluster';
import { startCluster } from './support/startCluster';
import { dataOf, graphqlRequest } from './support/graphqlRequest';
import type { GraphQLResult } from './support/graphqlRequest';
import { siteStaff } from './support/workflow';

/*
 * Importing crawled pages through the real gateway (importNotice) and the CLI (npm run import as
 * a separate process against the same databases): clean, spam, traditional and quarantined pages,
 * what the public and the staff see, and the spam check on notices written through the API.
 */

const execFileAsync = promisify(execFile);
const COUNTY_PORTAL = '2101240002'; // 法库县人民政府
const FIXTURES = join(__dirname, 'fixtures');

const IMPORT = `mutation($siteId: ID!, $html: String!, $sourceUrl: String, $asDraft: Boolean) {
  importNotice(siteId: $siteId, html: $html, sourceUrl: $sourceUrl, asDraft: $asDraft) {
    id status title docNumber { raw } issuer signedAt publishedAt body url
    importReport { encoding traditional quarantineReasons siteCode warnings
      removals { kind reason text } fields { field from confidence } citations { title docNumber } }
  } }`;
const NOTICE = `query($id: ID!) { notice(id: $id) { id status title body importReport { quarantineReasons } } }`;
const PUBLISH = `mutation($id: ID!) { publishNotice(id: $id) { id status } }`;
const CREATE = `mutation($siteId: ID!, $input: NoticeInput!) { createNotice(siteId: $siteId, input: $input) { id } }`;
const SUBMIT = `mutation($id: ID!) { submitNotice(id: $id) { id status } }`;

interface Imported {
  id: string;
  status: string;
  title: string;
  docNumber: { raw: string } | null;
  issuer: string | null;
  signedAt: string | null;
  publishedAt: string | null;
  body: string | null;
  url: string | null;
  importReport: {
    encoding: string;
    traditional: boolean;
    quarantineReasons: string[];
    siteCode: string | null;
    warnings: string[];
    removals: { kind: string; reason: string; text: string }[];
    fields: { field: string; from: string; confidence: number }[];
    citations: { title: string; docNumber: string | null }[];
  } | null;
}

let cluster: RunningCluster;
const staff = siteStaff(COUNTY_PORTAL);

beforeAll(async () => {
  cluster = await startCluster();
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
});

function gql<T>(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<GraphQLResult<T>> {
  return graphqlRequest<T>(cluster.gatewayUrl, query, variables, token);
}

function page(name: string): string {
  return readFileSync(join(FIXTURES, 'import', name), 'utf8');
}

async function importAs(
  html: string,
  sourceUrl: string | null,
  token = staff.admin,
): Promise<Imported> {
  return dataOf(
    await gql<{ importNotice: Imported }>(
      IMPORT,
      { siteId: COUNTY_PORTAL, html, sourceUrl },
      token,
    ),
  ).importNotice;
}

function codeOf(result: GraphQLResult<unknown>): { code?: string; field?: string } {
  const extensions = result.errors?.[0]?.extensions ?? {};
  return {
    code: extensions.code as string | undefined,
    field: extensions.field as string | undefined,
  };
}

test('a page with hidden spam links becomes a clean PUBLISHED notice; the report says what was removed', async () => {
  const html = page('hidden-spam-links.html');
  const expected = JSON.parse(page('hidden-spam-links.html.expected.json')) as {
    title: string;
    issuer: string;
    paragraphs: string[];
    spam: { text: string }[];
  };
  const notice = await importAs(html, 'http://www.faku.gov.cn/art/2023/3/8/art_1.html');
  expect(notice.status).toBe('PUBLISHED');
  expect(notice.title).toBe(expected.title);
  expect(notice.url).toBe('http://www.faku.gov.cn/art/2023/3/8/art_1.html');
  // The signature and its date are read into issuer and signedAt, not kept in the body.
  const bodyParagraphs = expected.paragraphs.filter(
    (p) => p !== expected.issuer && !/^(?:\d{4}年|二〇)/.test(p),
  );
  for (const paragraph of bodyParagraphs) expect(notice.body).toContain(paragraph.slice(0, 20));
  for (const spam of expected.spam) expect(notice.body).not.toContain(spam.text.slice(0, 12));
  const removed = notice.importReport?.removals ?? [];
  expect(removed.some((r) => r.reason.startsWith('HIDDEN'))).toBe(true);
  expect(removed.some((r) => r.kind === 'CHROME')).toBe(true);

  // Public: the notice without the report; staff: with it.
  const publicView = dataOf(
    await gql<{ notice: { importReport: unknown; status: string } }>(NOTICE, { id: notice.id }),
  );
  expect(publicView.notice.status).toBe('PUBLISHED');
  expect(publicView.notice.importReport).toBeNull();
}, 60_000);

test('a page whose content is spam is QUARANTINED: invisible to the public, reasons for the staff, never published', async () => {
  const notice = await importAs(page('spam-page.html'), null);
  expect(notice.status).toBe('QUARANTINED');
  expect(notice.importReport?.quarantineReasons.length).toBeGreaterThan(0);
  const anonymous = dataOf(await gql<{ notice: unknown }>(NOTICE, { id: notice.id }));
  expect(anonymous.notice).toBeNull();
  const seen = dataOf(await gql<{ notice: Imported }>(NOTICE, { id: notice.id }, staff.editor));
  expect(seen.notice.importReport?.quarantineReasons).toEqual(
    notice.importReport?.quarantineReasons,
  );
  const publish = await gql(PUBLISH, { id: notice.id }, staff.approver);
  expect(codeOf(publish).code).toBe('INVALID_STATE');
  const submit = await gql(SUBMIT, { id: notice.id }, staff.editor);
  expect(codeOf(submit).code).toBeDefined();
}, 60_000);

test("pages rendering a notice the cluster has (the demo's 法库 notice, and its 繁體 page) are linked to it, not imported again", async () => {
  const simplified = readFileSync(join(FIXTURES, 'pages', 'faku-county-2022-0421.txt'), 'utf8');
  const client = await MongoClient.connect(cluster.uris.COUNTY);
  try {
    const notices = client.db(`${cluster.dbPrefix}_county`).collection<NoticeDoc>('notices');
    const demo = await notices.findOne({
      siteId: COUNTY_PORTAL,
      title: '法库县政府办公室关于加强政府重大政策信息内容建设的意见',
    });
    expect(demo).not.toBeNull();
    const first = await importAs(simplified, 'http://www.faku.gov.cn/a.html');
    expect(first.id).toBe(demo?._id);
    const traditional = Converter({ from: 'cn', to: 'tw' })(simplified);
    const second = await importAs(traditional, 'http://www.faku.gov.cn/big5/a.html');
    expect(second.id).toBe(demo?._id);
    const stored = await notices.findOne({ _id: first.id });
    expect(stored?.variants).toEqual([
      expect.objectContaining({ sourceUrl: 'http://www.faku.gov.cn/a.html', traditional: false }),
      expect.objectContaining({
        sourceUrl: 'http://www.faku.gov.cn/big5/a.html',
        traditional: true,
        matchedBy: 'TEXT',
      }),
    ]);
    expect(await notices.countDocuments({ siteId: COUNTY_PORTAL, title: demo?.title })).toBe(1);
  } finally {
    await client.close();
  }
}, 60_000);

test('wrong input is refused with a code and the field, and nothing is stored', async () => {
  const html = page('gbk-notice.html');
  expect(codeOf(await gql(IMPORT, { siteId: COUNTY_PORTAL, html, sourceUrl: null }))).toMatchObject(
    { code: 'UNAUTHENTICATED' },
  );
  expect(
    codeOf(await gql(IMPORT, { siteId: COUNTY_PORTAL, html, sourceUrl: null }, staff.editor)),
  ).toMatchObject({ code: 'FORBIDDEN' });
  expect(
    codeOf(
      await gql(
        IMPORT,
        { siteId: COUNTY_PORTAL, html, sourceUrl: 'javascript:alert(1)' },
        staff.admin,
      ),
    ),
  ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sourceUrl' });
  expect(
    codeOf(await gql(IMPORT, { siteId: COUNTY_PORTAL, html: '', sourceUrl: null }, staff.admin)),
  ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'html' });
  expect(
    codeOf(
      await gql(
        IMPORT,
        { siteId: COUNTY_PORTAL, html: '<p>欢迎</p>', sourceUrl: null },
        staff.admin,
      ),
    ),
  ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'html' });
  expect(
    codeOf(await gql(IMPORT, { siteId: 'no-such-site', html, sourceUrl: null }, staff.admin)),
  ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'siteId' });
}, 60_000);

test('a notice written through the API with injected spam cannot be submitted', async () => {
  const created = dataOf(
    await gql<{ createNotice: { id: string } }>(
      CREATE,
      {
        siteId: COUNTY_PORTAL,
        input: {
          title: '关于做好2024年春季防火工作的通知',
          kind: 'NOTICE',
          body: '<p>各镇政府：请做好春季防火工作。</p><p>澳门新葡京 百家乐 时时彩 真人娱乐 在线投注 网址 www.xpj88.com QQ 123456789</p>',
        },
      },
      staff.editor,
    ),
  ).createNotice;
  const submit = await gql(SUBMIT, { id: created.id }, staff.editor);
  expect(codeOf(submit).code).toBe('SPAM_DETECTED');
}, 60_000);

test('npm run import imports a folder as a separate process: summary, quarantine, merged duplicates, exit code', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'govhub-import-'));
  for (const name of [
    'gbk-notice.html',
    'big5-notice.html',
    'spam-page.html',
    'pinyin-annotated.txt',
  ])
    writeFileSync(join(dir, name), readFileSync(join(FIXTURES, 'import', name)));
  // The same GBK page twice under another name: the second is merged, not duplicated.
  writeFileSync(
    join(dir, 'zz-copy-of-gbk.html'),
    readFileSync(join(FIXTURES, 'import', 'gbk-notice.html')),
  );
  const script = join(findRepoRoot(), 'dist', 'scripts', 'import.js');
  const { stdout } = await execFileAsync(
    process.execPath,
    [script, dir, '--site', COUNTY_PORTAL, '--json'],
    {
      env: { ...process.env, ...cluster.env },
      timeout: 120_000,
    },
  );
  const lines = stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const summary = lines.at(-1)?.summary;
  // pinyin-annotated.txt renders the notice test 1 imported (same 文号 in traditional): merged too.
  expect(summary).toMatchObject({ pages: 5, imported: 2, merged: 2, quarantined: 1, failed: 0 });
  const byFile = new Map(lines.slice(0, -1).map((l) => [String(l.file).split('/').pop(), l]));
  expect(byFile.get('big5-notice.html')).toMatchObject({ outcome: 'IMPORTED', encoding: 'BIG5' });
  expect(byFile.get('gbk-notice.html')).toMatchObject({ outcome: 'IMPORTED', encoding: 'GB18030' });
  expect(byFile.get('zz-copy-of-gbk.html')).toMatchObject({
    outcome: 'MERGED',
    noticeId: byFile.get('gbk-notice.html')?.noticeId,
  });
  const imported = byFile.get('gbk-notice.html')?.noticeId as string;
  const read = dataOf(
    await gql<{ notice: { status: string; title: string } }>(NOTICE, { id: imported }),
  );
  expect(read.notice).toMatchObject({
    status: 'PUBLISHED',
    title: '鞍山市人民政府办公室关于做好2023年就业创业工作的通知',
  });

  // Usage errors exit 2 with a message, before touching anything.
  await expect(
    execFileAsync(process.execPath, [script, join(dir, 'missing.html'), '--site', COUNTY_PORTAL], {
      env: { ...process.env, ...cluster.env },
    }),
  ).rejects.toMatchObject({ code: 2 });
  await expect(
    execFileAsync(process.execPath, [script, dir, '--site', 'no-such-site'], {
      env: { ...process.env, ...cluster.env },
    }),
  ).rejects.toMatchObject({ code: 2 });
}, 180_000);
