import type { FeedItem, FeedPage, FeedRequest, FeedSource } from './FeedSource';
import { FeedInputError } from './FeedInputError';

/** Runs one GraphQL operation through the gateway as an anonymous client. */
export type ExecuteGraphQL = (
  query: string,
  variables: Record<string, unknown>,
) => Promise<{
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}>;

/** The gateway's own page-size cap: larger feeds are read in several pages. */
const PAGE = 100;

/*
 * Items come from the edges' `snapshot` (the province catalog): a page of 100
 * costs one call to the province, where the notices' own fields would send the
 * gateway to every level for them.
 */
const EDGE_FIELDS = `node { id } snapshot { siteId title url publishedAt updatedAt docNumber issuer
  category indexNumber summary status }`;

const SITE_URLS = `query FeedSiteUrls { sites { id url } }`;
/** How long the site addresses (links of items without a page of their own) are reused. */
const SITE_URLS_MS = 60_000;

const SITE = `query FeedSite($id: ID!) { site(id: $id) { id name url level regionCode columns { id name } } }`;

const LATEST = `query FeedLatest($first: Int!, $after: String, $siteId: ID, $columnId: ID, $levels: [Level!], $regionCode: String) {
  page: latest(first: $first, after: $after, siteId: $siteId, columnId: $columnId, levels: $levels, regionCode: $regionCode) {
    edges { cursor ${EDGE_FIELDS} }
    pageInfo { hasNextPage endCursor }
  }
}`;

const SEARCH = `query FeedSearch($query: String!, $filter: SearchFilter, $first: Int!, $after: String) {
  page: search(query: $query, filter: $filter, sort: DATE, first: $first, after: $after) {
    edges { ${EDGE_FIELDS} }
    pageInfo { hasNextPage endCursor }
  }
}`;

const REPOSTS = `query FeedReposts($siteId: ID!, $first: Int!, $after: String) {
  page: reposts(siteId: $siteId, status: PUBLISHED, first: $first, after: $after) {
    edges { cursor node {
      id title publishedAt liveAt repostedAt docNumber { normalized } issuer category indexNumber summary
      repealed column { id } originalId source { siteName url }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface SiteRow {
  id: string;
  name: string;
  url: string;
  level: string;
  regionCode: string;
  columns: { id: string; name: string }[];
}

interface NoticeEdge {
  cursor?: string;
  node: { id: string } | null;
  snapshot: {
    siteId: string;
    title: string;
    url: string | null;
    publishedAt: string | null;
    updatedAt: string;
    docNumber: string | null;
    issuer: string | null;
    category: string | null;
    indexNumber: string | null;
    summary: string;
    status: string;
  } | null;
}

interface RepostNode {
  id: string;
  title: string;
  publishedAt: string | null;
  liveAt: string | null;
  repostedAt: string;
  docNumber: { normalized: string } | null;
  issuer: string | null;
  category: string | null;
  indexNumber: string | null;
  summary: string | null;
  repealed: boolean;
  column: { id: string } | null;
  originalId: string;
  source: { siteName: string; url: string | null };
}

interface Connection<N> {
  edges: { cursor?: string; node: N | null }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A stream of items, newest first, resumable at a cursor ("" = from the newest; null = exhausted). */
interface Stream {
  key: 'n' | 'r';
  next(
    after: string | null,
    first: number,
  ): Promise<{ items: { item: FeedItem; cursor: string }[]; end: string | null }>;
}

/**
 * The feeds' data, read through the gateway's own GraphQL API (so the same
 * visibility rules apply as for any anonymous client):
 * - the site's notices, with its published reposts (转载/链接) merged in by date;
 * - `?column=`: one column of the site (its notices and the copies filed there);
 * - `?level=` and/or `?region=`: the notices of that level inside that region
 *   (default: the site's own region), e.g. a city portal's feed of its counties;
 * - `?q=`: a full-text search inside the same scope, newest first.
 * `before` holds where each stream stopped, so an aggregator can walk back
 * through all of history.
 */
export class GraphQLFeedSource implements FeedSource {
  private urls: { at: number; loading: Promise<Map<string, string>> } | null = null;

  constructor(private readonly execute: ExecuteGraphQL) {}

  async page(request: FeedRequest): Promise<FeedPage | null> {
    const site = (await this.run<{ site: SiteRow | null }>(SITE, { id: request.siteId })).site;
    if (!site) return null;
    const column = request.columnId ? site.columns.find((c) => c.id === request.columnId) : null;
    if (request.columnId && !column) return null;
    const scoped = request.level !== null || request.regionCode !== null;
    if (scoped && request.columnId)
      throw new FeedInputError(
        'column',
        'column is for the site’s own feed: leave out level and region',
      );
    const regionCode = request.regionCode ?? (scoped ? site.regionCode : null);
    if (request.regionCode && !insideRegion(request.regionCode, site.regionCode))
      throw new FeedInputError(
        'region',
        `region ${request.regionCode} is outside ${site.name} (${site.regionCode})`,
      );

    const streams: Stream[] = [];
    if (request.query !== null) {
      const filter = scoped
        ? { levels: request.level ? [request.level] : null, regionCode }
        : { siteIds: [site.id] };
      streams.push(this.searchStream(request.query, filter));
    } else if (scoped) {
      streams.push(
        this.latestStream({ levels: request.level ? [request.level] : null, regionCode }),
      );
    } else {
      streams.push(this.latestStream({ siteId: site.id, columnId: request.columnId }));
      streams.push(this.repostStream(site.id, request.columnId));
    }
    const { items, nextBefore } = await merge(
      streams,
      decodeBefore(request.before, streams),
      request.limit,
    );
    return {
      site: { id: site.id, name: site.name, url: site.url },
      title: feedTitle(site, column?.name ?? null, request),
      items,
      nextBefore,
    };
  }

  private latestStream(filter: Record<string, unknown>): Stream {
    return {
      key: 'n',
      next: async (after, first) => {
        const [page, urls] = await Promise.all([
          this.run<{ page: NoticeConnection }>(LATEST, { ...filter, first, after }),
          this.siteUrls(),
        ]);
        return {
          items: page.page.edges.flatMap((e) => {
            const item = noticeItem(e, urls);
            return item ? [{ item, cursor: e.cursor ?? '' }] : [];
          }),
          end: page.page.pageInfo.hasNextPage ? page.page.pageInfo.endCursor : null,
        };
      },
    };
  }

  /** Every site's address, for items without a page of their own (cached). */
  private siteUrls(): Promise<Map<string, string>> {
    if (!this.urls || Date.now() - this.urls.at > SITE_URLS_MS) {
      const loading = this.run<{ sites: { id: string; url: string }[] }>(SITE_URLS, {}).then(
        (data) => new Map(data.sites.map((site) => [site.id, site.url])),
      );
      this.urls = { at: Date.now(), loading };
      loading.catch(() => {
        if (this.urls?.loading === loading) this.urls = null;
      });
    }
    return this.urls.loading;
  }

  private searchStream(query: string, filter: Record<string, unknown>): Stream {
    return {
      key: 'n',
      // Search edges have no cursor of their own. A search feed is its only
      // stream and asks for exactly the items it still needs, so every page
      // is taken whole and resumes at the page's end.
      next: async (after, first) => {
        const [{ page }, urls] = await Promise.all([
          this.run<{ page: NoticeConnection }>(SEARCH, { query, filter, first, after }),
          this.siteUrls(),
        ]);
        const cursor = page.pageInfo.endCursor ?? '';
        return {
          items: page.edges.flatMap((e) => {
            const item = noticeItem(e, urls);
            return item ? [{ item, cursor }] : [];
          }),
          end: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
        };
      },
    };
  }

  private repostStream(siteId: string, columnId: string | null): Stream {
    return {
      key: 'r',
      next: async (after, first) => {
        const page = (
          await this.run<{ page: Connection<RepostNode> }>(REPOSTS, { siteId, first, after })
        ).page;
        return {
          items: page.edges.flatMap((e) =>
            e.node && (!columnId || e.node.column?.id === columnId)
              ? [{ item: repostItem(e.node), cursor: e.cursor ?? '' }]
              : [],
          ),
          end: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
        };
      },
    };
  }

  private async run<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const result = await this.execute(query, variables);
    const error = result.errors?.[0];
    if (error) {
      if (error.extensions?.code === 'BAD_USER_INPUT') {
        const field = typeof error.extensions.field === 'string' ? error.extensions.field : '';
        throw new FeedInputError(PARAMETERS[field] ?? 'before', error.message);
      }
      throw new Error(`feed query failed: ${error.message}`);
    }
    if (!result.data) throw new Error('feed query returned no data');
    return result.data as T;
  }
}

/** GraphQL argument names → the feed's query parameters, for 400s. */
const PARAMETERS: Record<string, string> = {
  after: 'before',
  query: 'q',
  regionCode: 'region',
  columnId: 'column',
  siteId: 'siteId',
};

interface NoticeConnection {
  edges: NoticeEdge[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

function noticeItem(edge: NoticeEdge, siteUrls: ReadonlyMap<string, string>): FeedItem | null {
  const n = edge.snapshot;
  if (!edge.node || !n) return null;
  const published = new Date(n.publishedAt ?? n.updatedAt);
  return {
    id: edge.node.id,
    title: n.title,
    link: n.url ?? siteUrls.get(n.siteId) ?? '',
    publishedAt: published,
    updatedAt: new Date(n.updatedAt),
    docNumber: n.docNumber,
    issuer: n.issuer,
    category: n.category,
    indexNumber: n.indexNumber,
    summary: n.summary,
    status: n.status,
    source: null,
  };
}

function repostItem(r: RepostNode): FeedItem {
  const live = new Date(r.liveAt ?? r.repostedAt);
  return {
    id: r.id,
    title: r.title,
    link: r.source.url ?? '',
    publishedAt: live,
    updatedAt: live,
    docNumber: r.docNumber?.normalized ?? null,
    issuer: r.issuer,
    category: r.category,
    indexNumber: r.indexNumber,
    summary: r.summary ?? '',
    status: r.repealed ? 'REPEALED' : 'PUBLISHED',
    source: { siteName: r.source.siteName, link: r.source.url ?? '', noticeId: r.originalId },
  };
}

function feedTitle(site: SiteRow, column: string | null, request: FeedRequest): string {
  const parts = [site.name];
  if (column) parts.push(column);
  if (request.level) parts.push({ COUNTY: '县级', CITY: '市级', PROVINCE: '省级' }[request.level]);
  if (request.regionCode) parts.push(request.regionCode);
  if (request.query) parts.push(`“${request.query}”`);
  return parts.join(' · ');
}

/** `region` of a site's feed must lie inside the site's own region (its prefix without trailing 00 pairs). */
function insideRegion(region: string, siteRegion: string): boolean {
  const significant = siteRegion.replace(/(00)+$/, '');
  return region.replace(/(00)+$/, '').startsWith(significant);
}

type Positions = Partial<Record<'n' | 'r', string | null>>;

function decodeBefore(before: string | null, streams: readonly Stream[]): Positions {
  if (before === null) return {};
  try {
    const parsed = JSON.parse(Buffer.from(before, 'base64url').toString('utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object');
    const positions: Positions = {};
    for (const stream of streams) {
      const value = (parsed as Record<string, unknown>)[stream.key];
      if (value !== undefined && value !== null && typeof value !== 'string')
        throw new Error('bad position');
      positions[stream.key] = value ?? null;
    }
    return positions;
  } catch {
    throw new FeedInputError(
      'before',
      'before is not a cursor of this feed: use the next link of a page',
    );
  }
}

function encodeBefore(positions: Positions): string {
  return Buffer.from(JSON.stringify(positions), 'utf8').toString('base64url');
}

/**
 * Merges the streams newest first into at most `limit` items. A stream is
 * read from its position ('' or absent: the newest; null: used up), asking
 * for as many items as are still missing (at most 100 a request); the next
 * `before` records, per stream, the cursor of the last item taken from it.
 */
async function merge(
  streams: readonly Stream[],
  start: Positions,
  limit: number,
): Promise<{ items: FeedItem[]; nextBefore: string | null }> {
  interface State {
    stream: Stream;
    buffer: { item: FeedItem; cursor: string }[];
    /** Where the next read starts; null when nothing is left to read. */
    readFrom: string | null;
    /** Resume point after the last item taken. */
    taken: string | null;
  }
  const states: State[] = streams.map((stream) => {
    const at = stream.key in start ? (start[stream.key] ?? null) : '';
    return { stream, buffer: [], readFrom: at, taken: at };
  });
  const items: FeedItem[] = [];
  const refill = async (s: State) => {
    // A page may come back empty (copies of other columns) with more behind it.
    while (s.buffer.length === 0 && s.readFrom !== null) {
      const page = await s.stream.next(
        s.readFrom === '' ? null : s.readFrom,
        Math.min(PAGE, limit - items.length),
      );
      s.buffer = page.items;
      s.readFrom = page.end;
    }
  };
  while (items.length < limit) {
    await Promise.all(states.map(refill));
    let best: State | null = null;
    for (const s of states) {
      const head = s.buffer[0];
      if (head && (!best || head.item.publishedAt > best.buffer[0].item.publishedAt)) best = s;
    }
    if (!best) break;
    const { item, cursor } = best.buffer.shift() as { item: FeedItem; cursor: string };
    items.push(item);
    best.taken = cursor;
  }
  const positions: Positions = {};
  let more = false;
  for (const s of states) {
    const left = s.buffer.length > 0 || s.readFrom !== null;
    positions[s.stream.key] = left ? s.taken : null;
    more ||= left;
  }
  return { items, nextBefore: more ? encodeBefore(positions) : null };
}
