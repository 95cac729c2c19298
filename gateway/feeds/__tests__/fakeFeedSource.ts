import type { FeedItem, FeedPage, FeedRequest, FeedSource } from '../FeedSource';

/** A test factory: a plain published notice, newest by default. */
export function buildFeedItem(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    id: '66a1f0c2e4b0a1b2c3d4e5f6',
    title: '关于做好冬季安全生产工作的通知',
    link: 'https://www.faku.gov.cn/zwgk/zcwj/202601/t20260112_1.html',
    publishedAt: new Date('2026-01-12T02:00:00.000Z'),
    updatedAt: new Date('2026-01-12T03:30:00.000Z'),
    docNumber: '法政办发〔2026〕12号',
    issuer: '法库县人民政府办公室',
    category: '政策文件',
    indexNumber: '11210124MB1234567X/2026-00012',
    summary: '各镇政府，县政府各部门：现就做好冬季安全生产工作通知如下。',
    status: 'PUBLISHED',
    source: null,
    ...overrides,
  };
}

export interface FakeNotice extends FeedItem {
  columnId: string;
}

export interface FakeSite {
  id: string;
  name: string;
  url: string;
  /** Column id → name. */
  columns: Record<string, string>;
  notices: FakeNotice[];
}

/** `count` notices of column zcwj, one a day back from 2026-01-31, newest first. */
export function fakeHistory(count: number): FakeNotice[] {
  return Array.from({ length: count }, (_, index) => {
    const publishedAt = new Date(Date.UTC(2026, 0, 31 - index, 1, 0, 0));
    return {
      ...buildFeedItem({
        id: `notice-${String(count - index).padStart(4, '0')}`,
        title: `第${count - index}号通知`,
        link: `https://www.faku.gov.cn/zwgk/${count - index}.html`,
        publishedAt,
        updatedAt: new Date(publishedAt.getTime() + 3_600_000),
      }),
      columnId: 'zcwj',
    };
  });
}

/**
 * An in-memory FeedSource: sites with columns and notices, paged by an
 * opaque offset cursor; it filters by column and `q` (in the title) and
 * records every request. Set `failure` to make it throw.
 */
export class FakeFeedSource implements FeedSource {
  readonly requests: FeedRequest[] = [];
  failure: Error | null = null;

  constructor(readonly sites: FakeSite[]) {}

  async page(request: FeedRequest): Promise<FeedPage | null> {
    this.requests.push(request);
    if (this.failure) throw this.failure;
    const site = this.sites.find((candidate) => candidate.id === request.siteId);
    if (!site) return null;
    const { columnId, query } = request;
    const columnName = columnId === null ? null : site.columns[columnId];
    if (columnName === undefined) return null;
    const matching = site.notices
      .filter((notice) => columnId === null || notice.columnId === columnId)
      .filter((notice) => query === null || notice.title.includes(query))
      .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
    const offset = request.before === null ? 0 : Number(Buffer.from(request.before, 'base64url'));
    if (!Number.isInteger(offset)) throw new Error(`bad cursor ${request.before}`);
    const end = offset + request.limit;
    return {
      site: { id: site.id, name: site.name, url: site.url },
      title: columnName === null ? site.name : `${site.name} · ${columnName}`,
      items: matching.slice(offset, end).map(({ columnId: _column, ...item }) => item),
      nextBefore: end < matching.length ? Buffer.from(String(end)).toString('base64url') : null,
    };
  }
}
