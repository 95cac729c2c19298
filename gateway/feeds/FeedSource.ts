/**
 * What the feeds need from the data: one page of a site's notices, newest
 * first. The HTTP and rendering half (this folder) is written against this
 * interface; the GraphQL-backed implementation lives elsewhere.
 */
export type FeedFormat = 'rss' | 'atom' | 'json';

export interface FeedRequest {
  /** From the path /feeds/sites/<siteId>.<ext>. */
  siteId: string;
  format: FeedFormat;
  /** `?column=` */
  columnId: string | null;
  /** `?region=`: a 行政区划代码 prefix of 2, 4 or 6 digits. */
  regionCode: string | null;
  /** `?level=` (county, city or province, any case). */
  level: 'COUNTY' | 'CITY' | 'PROVINCE' | null;
  /** `?q=`: search, at most 200 characters. */
  query: string | null;
  /** `?before=`: the opaque cursor of an older page ([A-Za-z0-9_-], at most 500 characters). */
  before: string | null;
  /** `?limit=`: 1..1000, default 50. */
  limit: number;
}

export interface FeedItem {
  id: string;
  title: string;
  link: string;
  publishedAt: Date;
  updatedAt: Date;
  /** 文号 */
  docNumber: string | null;
  /** 发布机构 */
  issuer: string | null;
  category: string | null;
  /** 索引号 */
  indexNumber: string | null;
  /** Plain text. */
  summary: string;
  /** 废止 (REPEALED) is shown in the item. */
  status: 'PUBLISHED' | 'REPEALED' | string;
  /** For reposts (转载): the original, shown as 来源. */
  source: { siteName: string; link: string; noticeId: string } | null;
}

export interface FeedPage {
  site: { id: string; name: string; url: string };
  /** e.g. `沈阳市人民政府 · 政策文件` (the source builds it). */
  title: string;
  /** Newest first. */
  items: FeedItem[];
  /** The cursor of the next (older) page; null at the end of history. */
  nextBefore: string | null;
}

export interface FeedSource {
  /** null: unknown site or column (404). */
  page(request: FeedRequest): Promise<FeedPage | null>;
}
