/** Which notice field a metadata label fills; `other` labels only end the value before them. */
export type LabelField =
  | 'title'
  | 'docNumber'
  | 'indexNumber'
  | 'issuer'
  | 'source'
  | 'category'
  | 'topics'
  | 'keywords'
  | 'signedAt'
  | 'publishedAt'
  | 'other';

/* Simplified forms; traditional pages match after toSimplified (發文機關 → 发文机关). */
const LABELS: readonly (readonly [string, LabelField])[] = [
  ['索引号', 'indexNumber'],
  ['索取号', 'indexNumber'],
  ['主题分类', 'category'],
  ['信息分类', 'category'],
  ['所属分类', 'category'],
  ['所属主题', 'category'],
  ['分类', 'category'],
  ['体裁分类', 'topics'],
  ['组配分类', 'topics'],
  ['服务对象分类', 'topics'],
  ['主题词', 'keywords'],
  ['关键词', 'keywords'],
  ['关键字', 'keywords'],
  ['发文机关', 'issuer'],
  ['发布机关', 'issuer'],
  ['发布机构', 'issuer'],
  ['发文机构', 'issuer'],
  ['发文单位', 'issuer'],
  ['发布单位', 'issuer'],
  ['制发机关', 'issuer'],
  ['制发单位', 'issuer'],
  ['制发部门', 'issuer'],
  ['发布部门', 'issuer'],
  ['发文部门', 'issuer'],
  ['成文机关', 'issuer'],
  ['成文日期', 'signedAt'],
  ['成文时间', 'signedAt'],
  ['发文日期', 'signedAt'],
  ['印发日期', 'signedAt'],
  ['签发日期', 'signedAt'],
  ['发布日期', 'publishedAt'],
  ['发布时间', 'publishedAt'],
  ['公开日期', 'publishedAt'],
  ['公开时间', 'publishedAt'],
  ['发稿时间', 'publishedAt'],
  ['发表时间', 'publishedAt'],
  ['发表日期', 'publishedAt'],
  ['日期', 'publishedAt'],
  ['时间', 'publishedAt'],
  ['文号', 'docNumber'],
  ['发文字号', 'docNumber'],
  ['发文文号', 'docNumber'],
  ['文件编号', 'docNumber'],
  ['文件字号', 'docNumber'],
  ['文件文号', 'docNumber'],
  ['标题', 'title'],
  ['名称', 'title'],
  ['文件名称', 'title'],
  ['信息名称', 'title'],
  ['来源', 'source'],
  ['信息来源', 'source'],
  ['文章来源', 'source'],
  ['稿件来源', 'source'],
  ['来源单位', 'source'],
  ['作者', 'other'],
  ['浏览次数', 'other'],
  ['访问量', 'other'],
  ['阅读次数', 'other'],
  ['点击数', 'other'],
  ['字号', 'other'],
  ['有效性', 'other'],
  ['时效性', 'other'],
  ['公开方式', 'other'],
  ['公开属性', 'other'],
  ['公开范围', 'other'],
  ['公开形式', 'other'],
  ['公开时限', 'other'],
  ['生效日期', 'other'],
  ['实施日期', 'other'],
  ['废止日期', 'other'],
  ['失效日期', 'other'],
  ['有效期', 'other'],
  ['责任部门', 'other'],
  ['责任编辑', 'other'],
];

const FIELD_BY_LABEL: ReadonlyMap<string, LabelField> = new Map(LABELS);

/*
 * Labels are printed with spaces inside (索 引 号) and a colon after (full-width colons arrive
 * folded). Two-character labels (来源, 日期, 文号) also end longer words (截止日期), so they
 * count only after something that is not a Chinese character; the longer labels are tried
 * first so 发文字号 is not read as 字号.
 */
const spaced = (label: string): string => [...label].join('\\s*');
const byLength = [...FIELD_BY_LABEL.keys()].sort((a, b) => b.length - a.length);
const LABEL_ALTERNATIVES = byLength
  .map((label) => (label.length <= 2 ? `(?<!\\p{Script=Han})${spaced(label)}` : spaced(label)))
  .join('|');
const LABEL = new RegExp(`(${LABEL_ALTERNATIVES})\\s*:`, 'gu');
const LABEL_ONLY = new RegExp(`^[\\s【\\[]*(${LABEL_ALTERNATIVES})[\\s】\\]]*:?\\s*$`, 'u');
const LABEL_AT_START = new RegExp(`^[\\s【\\[(]*(?:${LABEL_ALTERNATIVES})\\s*:`, 'u');
const VALUE_TRIM = /^[\s|,;、]+|[\s|,;、]+$/g;

/** One `label: value` pair found in normalized text; offsets into that text. */
export interface LabelMatch {
  label: string;
  field: LabelField;
  /** Where the label starts. */
  start: number;
  /** The value: from after the colon to the next label or the end, trimmed. */
  valueStart: number;
  valueEnd: number;
}

/** Every `label: value` in a line such as `发布日期:2022-04-21来源:法库县人民政府办公室`. */
export function findLabels(norm: string): LabelMatch[] {
  const matches = [...norm.matchAll(LABEL)];
  return matches.map((match, i) => {
    const label = match[1].replace(/\s+/g, '');
    const end = i + 1 < matches.length ? matches[i + 1].index : norm.length;
    let valueStart = match.index + match[0].length;
    let valueEnd = end;
    while (valueStart < valueEnd && /[\s|,;、]/.test(norm[valueStart])) valueStart++;
    while (valueEnd > valueStart && /[\s|,;、]/.test(norm[valueEnd - 1])) valueEnd--;
    return {
      label,
      field: FIELD_BY_LABEL.get(label) ?? 'other',
      start: match.index,
      valueStart,
      valueEnd,
    };
  });
}

/** Whether the block opens with a metadata label (a header line or a table cell). */
export function startsWithLabel(norm: string): boolean {
  return LABEL_AT_START.test(norm);
}

/** The field of a block that is a bare label (a table cell `索引号：` whose value is the next cell). */
export function labelOnlyField(norm: string): { label: string; field: LabelField } | null {
  const match = LABEL_ONLY.exec(norm);
  if (!match) return null;
  const label = match[1].replace(/\s+/g, '');
  return { label, field: FIELD_BY_LABEL.get(label) ?? 'other' };
}

/** Trims separators around a value read from a table cell. */
export function trimValue(text: string): string {
  return text.replace(VALUE_TRIM, '');
}
