import type { AuditAction, ReviewStep } from '../../../core/model';

const FIELD_LABELS: Record<string, string> = {
  title: '标题',
  kind: '类型',
  columnId: '栏目',
  docNumber: '文号',
  indexNumber: '索引号',
  issuer: '发布机构',
  category: '主题分类',
  topics: '主题',
  keywords: '主题词',
  disclosure: '公开属性',
  validity: '有效性',
  signedAt: '成文日期',
  url: '链接',
  body: '正文',
  summary: '摘要',
  interpretsId: '解读对象',
};

const STEP_LABELS: Record<ReviewStep, string> = { FIRST: '初审', SECOND: '复审', FINAL: '终审' };

export interface AuditFacts {
  action: AuditAction;
  step: ReviewStep | null;
  reason: string | null;
  changedFields: string[];
  overriddenTerms: string[];
  overrideReason: string | null;
}

/** The one line a person reads in the audit log, in the language of the sites. */
export function auditSummary(facts: AuditFacts): string {
  const fields = facts.changedFields
    .map((f) => FIELD_LABELS[f])
    .filter(Boolean)
    .join('、');
  const step = facts.step ? STEP_LABELS[facts.step] : '';
  const reason = facts.reason ? `: ${facts.reason}` : '';
  const base = ((): string => {
    switch (facts.action) {
      case 'CREATE':
        return '创建草稿';
      case 'EDIT':
        return fields ? `修改 ${fields}` : '保存 (无内容变化)';
      case 'SUBMIT':
        return '提交审核';
      case 'REVIEW_APPROVE':
        return `${step}通过${reason}`;
      case 'REVIEW_REJECT':
        return `${step}退回${reason}`;
      case 'PUBLISH':
        return '发布';
      case 'REVISE':
        return fields ? `修订已发布文件: ${fields}` : '修订已发布文件';
      case 'WITHDRAW':
        return `撤回${reason}`;
      case 'REPEAL':
        return `废止${reason}`;
      case 'IMPORT':
        return `从原网站导入${reason}`;
      case 'QUARANTINE':
        return `隔离 (垃圾内容)${reason}`;
    }
  })();
  return facts.overriddenTerms.length > 0
    ? `${base} (确认错敏词: ${facts.overriddenTerms.join('、')})`
    : base;
}

/** Names of the editable fields whose value `set` changes. */
export function changedFields(before: object, set: object): string[] {
  const old = before as Record<string, unknown>;
  return Object.entries(set)
    .filter(([key]) => key in FIELD_LABELS)
    .filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(old[key]))
    .map(([key]) => key);
}
