import { toSimplified } from '../../text/toSimplified';
import type { FieldSource } from '../pageBlock';
import type { Extracted } from './extractedNotice';
import type { PageHints } from './readPageHints';
import type { LabelledValue } from './readLabelledValues';

export interface TopicEvidence {
  labelled: readonly LabelledValue[];
  /** The 【…】 column prefix of the title. */
  column: string | null;
  /** Where the title was read (for the column prefix's source). */
  title: FieldSource | null;
  page: PageHints;
}

const TOPIC_SEPARATOR = /[\\/、;,，;|>]+|\s+/u;

/**
 * The category is the 主题分类 field (its first part: 综合政务 of 综合政务\通知), else the title's 【column】, else <meta ColumnName>,
 * else the breadcrumb's last column. Topics are all of them (a 主题分类 such as 综合政务\通知
 * split into its parts, 体裁分类 and 组配分类 too), each once, most reliable first.
 */
export function collectTopics(evidence: TopicEvidence): {
  category: Extracted<string> | null;
  topics: Extracted<string>[];
} {
  const candidates: Extracted<string>[] = [];
  const add = (value: string, source: FieldSource): void => {
    const trimmed = value.trim();
    if (trimmed !== '') candidates.push({ value: trimmed, source });
  };
  const labelledCategory = evidence.labelled.find((v) => v.field === 'category');
  for (const v of evidence.labelled) {
    if (v.field !== 'category' && v.field !== 'topics') continue;
    const source = { from: v.from, blockIndex: v.blockIndex, confidence: 1 };
    for (const part of v.value.split(TOPIC_SEPARATOR)) add(part, source);
  }
  if (evidence.column) {
    add(evidence.column, {
      from: 'title',
      blockIndex: evidence.title?.blockIndex ?? null,
      confidence: 0.6,
    });
  }
  if (evidence.page.columnName) {
    add(evidence.page.columnName, { from: 'meta-tag', blockIndex: null, confidence: 0.5 });
  }
  if (evidence.page.breadcrumbColumn) {
    add(evidence.page.breadcrumbColumn, { from: 'breadcrumb', blockIndex: null, confidence: 0.5 });
  }

  const seen = new Set<string>();
  const topics = candidates.filter((t) => {
    const key = toSimplified(t.value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const category = labelledCategory
    ? {
        value: labelledCategory.value.split(TOPIC_SEPARATOR)[0],
        source: {
          from: labelledCategory.from,
          blockIndex: labelledCategory.blockIndex,
          confidence: 1,
        },
      }
    : (topics[0] ?? null);
  return { category, topics };
}
