import type { LabelField } from './labelledFields';
import { findLabels, labelOnlyField, trimValue } from './labelledFields';
import type { NormalizedBlock } from './normalizedBlock';
import { normalizeText, originalSlice } from './normalizedBlock';

/** A labelled metadata value, in the original script. */
export interface LabelledValue {
  field: LabelField;
  label: string;
  value: string;
  /** The value normalized, for parsing dates and numbers. */
  norm: string;
  blockIndex: number;
  /** `metadata-table` for table cells and lists, `header` for a line under the title. */
  from: string;
}

const TABLE_TAGS = new Set(['td', 'th', 'dd', 'dt', 'li']);

/**
 * Reads `label: value` pairs from the metadata blocks, in page order: several on one header
 * line, one per cell, or a bare label cell followed by its value cell.
 */
export function readLabelledValues(
  blocks: readonly NormalizedBlock[],
  positions: ReadonlySet<number>,
): LabelledValue[] {
  const values: LabelledValue[] = [];
  let pending: { label: string; field: LabelField } | null = null;
  for (const p of [...positions].sort((a, b) => a - b)) {
    const { block, norm } = blocks[p];
    const from =
      TABLE_TAGS.has(block.tag) || /(?:^|>)t[dhr]\b|table/.test(block.path)
        ? 'metadata-table'
        : 'header';
    const bare = labelOnlyField(norm);
    if (bare) {
      pending = bare;
      continue;
    }
    const labels = findLabels(norm);
    if (pending && (labels.length === 0 || labels[0].start > 0)) {
      const value = trimValue(block.text);
      if (value !== '')
        values.push({
          ...pending,
          value,
          norm: normalizeText(value),
          blockIndex: block.index,
          from,
        });
      pending = null;
      continue;
    }
    pending = null;
    for (const match of labels) {
      const value = originalSlice(block.text, norm, match.valueStart, match.valueEnd).trim();
      if (value === '') continue;
      values.push({
        field: match.field,
        label: match.label,
        value,
        norm: norm.slice(match.valueStart, match.valueEnd).trim(),
        blockIndex: block.index,
        from,
      });
    }
  }
  return values;
}
