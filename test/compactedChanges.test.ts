import type { NoticeDoc } from '../core/model';
import type { GraphQLResult } from './support/graphqlRequest';
import { dataOf, graphqlRequest } from './support/graphqlRequest';
import type { RunningCluster } from './support/startCluster';
import { startCluster } from './support/startCluster';
import { LevelDatabases } from './support/syndication';
import { testToken } from './support/testTokens';

/*
 * `countyCompactedChanges` (and the other levels'): every public notice of a
 * level in a stable order (id order on MongoDB, storage order on FerretDB),
 * what a rule's backfill reads. Through the real gateway:
 * who may read it, how large its pages may be, that paging visits every
 * public notice exactly once whether a page continues an open read or starts
 * a new one, and the site filter.
 */

const FAKU = '2101240002';
const PAGE = `query($after: String, $first: Int!, $siteIds: [ID!]) {
  page: countyCompactedChanges(after: $after, first: $first, siteIds: $siteIds) {
    entries { cursor noticeId level type version at snapshot { siteId title status summary }
      notice { id status version title site { id } } }
    endCursor hasMore
  }
}`;

interface Entry {
  cursor: string;
  noticeId: string;
  level: string;
  type: string;
  version: number;
  at: string;
  snapshot: { siteId: string; title: string; status: string; summary: string };
  notice: { id: string; status: string; version: number; title: string; site: { id: string } };
}
interface Page {
  page: { entries: Entry[]; endCursor: string | null; hasMore: boolean };
}

const service = testToken([{ siteId: '*', role: 'SYNDICATOR' }], 'worker');
const clusterAdmin = testToken([{ siteId: '*', role: 'CLUSTER_ADMIN' }], 'admin');
const editor = testToken([{ siteId: FAKU, role: 'EDITOR' }], 'editor');

let cluster: RunningCluster;
let databases: LevelDatabases;
/** Ids of the county's public notices, as stored, sorted. */
let publicIds: string[];
/** The same ids in the order the compacted log serves them (one page of 1,000). */
let served: string[];

beforeAll(async () => {
  cluster = await startCluster();
  databases = new LevelDatabases(cluster);
  const county = await databases.db('COUNTY');
  publicIds = (
    await county
      .collection<NoticeDoc>('notices')
      .find({ status: 'PUBLISHED' }, { projection: { _id: 1 } })
      .toArray()
  )
    .map((n) => n._id)
    .sort(byCodePoint);
  expect(publicIds.length).toBeGreaterThan(5);
  expect(publicIds.length).toBeLessThan(1000);
  served = dataOf(await read({ first: 1000 })).page.entries.map((e) => e.noticeId);
});

afterAll(async () => {
  await databases?.close();
  await cluster?.stop();
});

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function read(
  variables: Record<string, unknown>,
  token: string | null = service,
): Promise<GraphQLResult<Page>> {
  return graphqlRequest<Page>(cluster.gatewayUrl, PAGE, variables, token ?? undefined);
}

async function readAll(first: number, siteIds?: string[]): Promise<Entry[]> {
  const entries: Entry[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 1000; pages += 1) {
    const { page }: Page = dataOf(await read({ after, first, siteIds }));
    entries.push(...page.entries);
    if (page.entries.length > 0) expect(page.endCursor).toBe(page.entries.at(-1)?.cursor);
    if (!page.hasMore) return entries;
    expect(page.entries).toHaveLength(first);
    after = page.endCursor;
  }
  throw new Error('the compacted log never ended');
}

describe('who may read it', () => {
  it('refuses anonymous callers and people without a cluster role', async () => {
    const anonymous = await read({ first: 10 }, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const byEditor = await read({ first: 10 }, editor);
    expect(byEditor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(byEditor.data?.page ?? null).toBeNull();
  });

  it('serves cluster admins pages of up to 100, the public page-size cap', async () => {
    const ok = dataOf(await read({ first: 100 }, clusterAdmin));
    expect(ok.page.entries.length).toBeGreaterThan(0);
    const tooLarge = await read({ first: 101 }, clusterAdmin);
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('serves the hub’s workers pages of up to 1,000, and no more', async () => {
    const ok = dataOf(await read({ first: 1000 }));
    expect(ok.page.entries.map((e) => e.noticeId).sort(byCodePoint)).toEqual(publicIds);
    const tooLarge = await read({ first: 1001 });
    expect(tooLarge.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooLarge.errors?.[0].extensions?.field).toBe('first');
  });
});

describe('paging', () => {
  it('visits every public notice once, in the same order page by page, with the notice as it is now', async () => {
    const entries = await readAll(7);
    expect(entries.map((e) => e.noticeId)).toEqual(served);
    expect([...served].sort(byCodePoint)).toEqual(publicIds);
    for (const entry of entries) {
      expect(entry).toMatchObject({ level: 'COUNTY', type: 'PUBLISHED' });
      expect(entry.notice).toMatchObject({ id: entry.noticeId, status: 'PUBLISHED' });
      expect(entry.version).toBe(entry.notice.version);
      expect(entry.snapshot.title).toBe(entry.notice.title);
      expect(entry.snapshot.siteId).toBe(entry.notice.site.id);
      expect(entry.snapshot.summary.length).toBeGreaterThan(0);
    }
  });

  it('gives the same page whether it continues an open read or starts a new one', async () => {
    const first = dataOf(await read({ first: 3 })).page;
    expect(first.hasMore).toBe(true);
    // The first read of this position continues the open read; the second finds it taken and queries.
    const continued = dataOf(await read({ after: first.endCursor, first: 3 })).page;
    const queried = dataOf(await read({ after: first.endCursor, first: 3 })).page;
    expect(queried).toEqual(continued);
    expect(continued.entries.map((e) => e.noticeId)).toEqual(served.slice(3, 6));
    // Any entry's cursor resumes right after it.
    const fromEntry = dataOf(await read({ after: first.entries[1].cursor, first: 2 })).page;
    expect(fromEntry.entries.map((e) => e.noticeId)).toEqual(served.slice(2, 4));
  });

  it('ends with an empty page that keeps the cursor', async () => {
    // A last page that is full may say there is more (storage order does not look ahead).
    const all = dataOf(await read({ first: 1000 })).page;
    const after = dataOf(await read({ after: all.endCursor, first: 10 })).page;
    expect(after).toEqual({ entries: [], endCursor: all.endCursor, hasMore: false });
  });

  it('narrows to given source sites', async () => {
    const entries = await readAll(50, [FAKU]);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThan(publicIds.length);
    expect(new Set(entries.map((e) => e.notice.site.id))).toEqual(new Set([FAKU]));
    expect(entries.map((e) => e.noticeId)).toEqual(
      served.filter((id) => entries.some((e) => e.noticeId === id)),
    );
  });

  it('refuses a forged cursor and too many sites, naming the argument', async () => {
    const forged = await read({ after: 'not-a-cursor', first: 10 });
    expect(forged.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    const logCursor = dataOf(
      await graphqlRequest<{ countyChanges: { endCursor: string } }>(
        cluster.gatewayUrl,
        '{ countyChanges(first: 1) { endCursor } }',
      ),
    ).countyChanges.endCursor;
    const wrongKind = await read({ after: logCursor, first: 10 });
    expect(wrongKind.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    const sites = Array.from({ length: 1001 }, (_, i) => `site-${i}`);
    const tooMany = await read({ first: 10, siteIds: sites });
    expect(tooMany.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'siteIds',
    });
  });
});
