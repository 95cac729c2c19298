import type { NoticeKind } from '../../model/notice';
import { toSimplified } from '../../text/toSimplified';

export interface KindEvidence {
  title: string | null;
  hasDocNumber: boolean;
  issuer: string | null;
  /** Column names: 【】 title prefix, 主题分类, breadcrumb. */
  columns: readonly string[];
  /** Whether the body carries a 公文 附注 such as (此件公开发布). */
  hasDisclosureNote: boolean;
}

const INTERPRETATION = /解读|答记者问|图解|问答/;
const POLICY_TITLE_END =
  /(?:办法|规定|意见|实施细则|细则|通知|决定|方案|规划|条例|规则)(?:\s*[(（][^()（）]{1,10}[)）])?$/;

/**
 * The kind, by three rules tried in order:
 * - INTERPRETATION: 解读 (or 答记者问, 图解, 问答) in the title or a column name;
 * - POLICY: a 文号; or a title ending in 办法/规定/意见/细则/通知/决定/方案/规划/条例/规则
 *   from a government issuer (…政府…); or the 附注 (此件公开发布), which only formal
 *   documents (公文) carry;
 * - NOTICE otherwise.
 */
export type KindReason = 'title' | 'column' | 'docNumber' | 'body' | 'default';

export function classifyKind(evidence: KindEvidence): { kind: NoticeKind; why: KindReason } {
  const title = toSimplified(evidence.title ?? '');
  if (INTERPRETATION.test(title)) return { kind: 'INTERPRETATION', why: 'title' };
  if (evidence.columns.some((c) => INTERPRETATION.test(toSimplified(c)))) {
    return { kind: 'INTERPRETATION', why: 'column' };
  }
  if (evidence.hasDocNumber) return { kind: 'POLICY', why: 'docNumber' };
  const government = /政府/.test(toSimplified(evidence.issuer ?? ''));
  if (government && POLICY_TITLE_END.test(title)) return { kind: 'POLICY', why: 'title' };
  if (evidence.hasDisclosureNote) return { kind: 'POLICY', why: 'body' };
  return { kind: 'NOTICE', why: 'default' };
}
