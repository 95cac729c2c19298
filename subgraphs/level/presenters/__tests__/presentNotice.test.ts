import type { Principal } from '../../../../core/auth';
import type { NoticeDoc } from '../../../../core/model';
import { noWorkflowState } from '../../../../core/model';
import { canSeeNotice, presentNotice } from '../presentNotice';

const stored: NoticeDoc = {
  _id: 'county:abc',
  level: 'COUNTY',
  siteId: '2101240002',
  columnId: 'zcwj',
  kind: 'POLICY',
  title: '法库县人民政府办公室关于加强政府重大政策信息内容建设的意见',
  docNumber: {
    raw: '法政办发[2022]3號',
    issuerCode: '法政办发',
    year: 2022,
    serial: 3,
    normalized: '法政办发〔2022〕3号',
  },
  indexNumber: null,
  issuer: '法库县人民政府办公室',
  category: '政策文件',
  topics: ['综合政务'],
  keywords: [],
  disclosure: 'PROACTIVE',
  validity: 'IN_FORCE',
  signedAt: new Date('2020-04-17T00:00:00+08:00'),
  publishedAt: new Date('2022-04-21T00:00:00+08:00'),
  createdAt: new Date('2022-04-20T00:00:00+08:00'),
  updatedAt: new Date('2022-04-21T00:00:00+08:00'),
  url: null,
  body: '<p>各镇政府（街道办事处），县政府各部门：</p>',
  summary: '各镇政府（街道办事处），县政府各部门：',
  version: 2,
  status: 'PUBLISHED',
  interpretsId: null,
  withdrawnReason: null,
  createdBy: 'editor',
  updatedBy: 'editor',
  ...noWorkflowState(),
  publishedBy: 'approver',
  pendingChange: { type: 'PUBLISHED', version: 2, at: new Date() },
};

const editor: Principal = {
  sub: 'e',
  name: 'e',
  roles: [{ siteId: '2101240002', role: 'EDITOR' }],
};
const otherEditor: Principal = {
  sub: 'o',
  name: 'o',
  roles: [{ siteId: '2101210001', role: 'EDITOR' }],
};

test('maps a stored notice to its API shape, keeping internal fields out', () => {
  const view = presentNotice(stored, null);
  expect(view).toMatchObject({
    id: 'county:abc',
    level: 'COUNTY',
    siteId: '2101240002',
    docNumber: { normalized: '法政办发〔2022〕3号' },
    body: stored.body,
    version: 2,
  });
  expect(Object.keys(view)).not.toEqual(
    expect.arrayContaining(['_id', 'pendingChange', 'createdBy']),
  );
});

test('a notice off the site keeps its metadata but shows its body only to its editors', () => {
  const withdrawn: NoticeDoc = { ...stored, status: 'WITHDRAWN' };
  expect(presentNotice(withdrawn, null).body).toBeNull();
  expect(presentNotice(withdrawn, otherEditor).body).toBeNull();
  expect(presentNotice(withdrawn, editor).body).toBe(stored.body);
  expect(presentNotice(withdrawn, null).title).toBe(stored.title);
});

test('drafts are visible only to the editors of their site', () => {
  const draft: NoticeDoc = { ...stored, status: 'DRAFT' };
  expect(canSeeNotice(draft, null)).toBe(false);
  expect(canSeeNotice(draft, otherEditor)).toBe(false);
  expect(canSeeNotice(draft, editor)).toBe(true);
  expect(canSeeNotice(stored, null)).toBe(true);
});
