import { auditSummary, changedFields } from '../auditSummary';

const facts = {
  step: null,
  reason: null,
  changedFields: [],
  overriddenTerms: [],
  overrideReason: null,
};

test('summaries read like the sites write them', () => {
  expect(auditSummary({ ...facts, action: 'CREATE' })).toBe('创建草稿');
  expect(auditSummary({ ...facts, action: 'EDIT', changedFields: ['title', 'body'] })).toBe(
    '修改 标题、正文',
  );
  expect(
    auditSummary({ ...facts, action: 'REVIEW_REJECT', step: 'SECOND', reason: '文号缺失' }),
  ).toBe('复审退回: 文号缺失');
  expect(
    auditSummary({
      ...facts,
      action: 'SUBMIT',
      overriddenTerms: ['国家工商总局'],
      overrideReason: '引用原文',
    }),
  ).toBe('提交审核 (确认错敏词: 国家工商总局)');
});

test('changedFields lists editable fields whose value differs', () => {
  const before = { title: 'a', body: '<p>x</p>', topics: ['t'], status: 'DRAFT' };
  expect(
    changedFields(before, { title: 'a', body: '<p>y</p>', topics: ['t'], status: 'X' }),
  ).toEqual(['body']);
});
