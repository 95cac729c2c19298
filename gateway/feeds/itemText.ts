import type { FeedItem } from './FeedSource';

export const REPEALED_MARK = '【已废止】';
export const REPEALED_CATEGORY = '已废止';

/** A repealed (废止) notice says so where a reader looks first. */
export function itemTitle(item: FeedItem): string {
  return item.status === 'REPEALED' ? `${REPEALED_MARK}${item.title}` : item.title;
}

/** The item's categories: its own, and 已废止 for a repealed notice. */
export function itemCategories(item: FeedItem): string[] {
  const categories = item.category ? [item.category] : [];
  return item.status === 'REPEALED' ? [...categories, REPEALED_CATEGORY] : categories;
}

/**
 * The summary as readers show it, one paragraph a line: the official
 * metadata (文号, 发布机构, 索引号), 来源 for a repost (转载), then the summary.
 */
export function summaryParagraphs(item: FeedItem): string[] {
  const metadata = [
    item.docNumber && `文号：${item.docNumber}`,
    item.issuer && `发布机构：${item.issuer}`,
    item.indexNumber && `索引号：${item.indexNumber}`,
  ].filter((part): part is string => Boolean(part));
  return [
    ...(metadata.length > 0 ? [metadata.join('　')] : []),
    ...(item.source ? [`来源：${item.source.siteName}`] : []),
    ...item.summary
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0),
  ];
}

export function summaryText(item: FeedItem): string {
  return summaryParagraphs(item).join('\n');
}

export function summaryHtml(item: FeedItem): string {
  return summaryParagraphs(item)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('');
}

/** Text for a field that holds HTML (Atom's type="html", RSS descriptions, JSON's content_html). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
