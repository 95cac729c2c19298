import { performance } from 'node:perf_hooks';
import type { JwtConfig } from '../../core/auth';
import { GATEWAY_SECRET_HEADER } from '../../core/auth';
import type { Level } from '../../core/levels';
import { levelPrefix } from '../../core/levels';
import type { ChangeDoc, NoticeDoc, RepostDoc } from '../../core/model';
import { Collections, changeEntryId } from '../../core/model';
import { encodeChangeCursor } from '../../subgraphs/level/paging/changeCursor';
import { ORIGINAL_NOTICE_SELECTION } from '../../subgraphs/level/syndication/feedEntry';
import type { RunningCluster } from '../cluster';
import { syndicatorHeaders } from './benchWorkflow';
import { graphqlCall } from './graphqlCall';
import type { LevelDatabases } from './levelDatabases';
import type { Percentiles } from './percentiles';
import { percentiles } from './percentiles';

/** Milliseconds of one operation of a syndication page, each sampled at spread-out positions. */
export interface FeedProbeFigures {
  pageSize: number;
  samples: number;
  /** The worker's own feed query (entries + notices in full) through the gateway. */
  gatewayPage: Percentiles;
  /** The same without `notice { ... }`: the change log alone, through the gateway. */
  gatewaySnapshotsOnly: Percentiles;
  /** The worker's feed query sent straight to the subgraph (no gateway). */
  subgraphPage: Percentiles;
  /** `changes.find({_id: {$gt}}).sort().limit(page+1)`: the log read itself. */
  dbChangesRange: Percentiles;
  /** `notices.find({_id: {$in: <page ids>}})`: the notice DataLoader's one query per page. */
  dbNoticesIn: Percentiles;
  /** The same notices fetched with one `findOne({_id})` each, all at once. */
  dbNoticesByIdParallel: Percentiles;
  /** The same notices fetched with one `findOne({_id})` each, one after the other. */
  dbNoticesByIdSequential: Percentiles;
  /** `insertMany` of a page of copies (taken from the city's) into a scratch collection. */
  dbInsertCopies: Percentiles | null;
  /** Notices in the source level's collection when probed. */
  noticesInCollection: number;
}

function feedQuery(level: Level, withNotice: boolean): string {
  return `query SyndicationFeed($after: String, $first: Int!) {
  page: ${levelPrefix(level)}Changes(after: $after, first: $first) {
    entries { noticeId level type version at
      snapshot { siteId columnId kind title docNumber issuer category topics status validity }
      ${withNotice ? `notice { ${ORIGINAL_NOTICE_SELECTION} }` : ''} }
    endCursor hasMore
  }
}`;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/**
 * Where a syndication page of `source`'s log spends its time, with the hub idle: the worker's
 * feed query through the gateway and straight at the subgraph, the query without notices, and
 * the database operations behind it (the log range, the DataLoader's `$in`, the same notices by
 * id, and inserting a page of copies), each at `samples` positions spread over the log.
 */
export async function probeFeed(args: {
  cluster: RunningCluster;
  databases: LevelDatabases;
  jwt: JwtConfig;
  gatewaySecret: string;
  source: Level;
  entries: number;
  pageSize?: number;
  samples?: number;
  /** Sequence numbers to read after (default: `samples` spread over the log). */
  positions?: number[];
}): Promise<FeedProbeFigures> {
  const { cluster, databases, source } = args;
  const pageSize = args.pageSize ?? 100;
  const samples = args.samples ?? 10;
  const syndicator = syndicatorHeaders(args.jwt);
  const direct = { ...syndicator, [GATEWAY_SECRET_HEADER]: args.gatewaySecret };
  const span = Math.max(0, args.entries - pageSize);
  const positions =
    args.positions ??
    Array.from({ length: samples }, (_, i) => Math.floor((span * i) / Math.max(1, samples - 1)));
  const full = feedQuery(source, true);
  const bare = feedQuery(source, false);
  const db = databases.db(source);
  const changes = db.collection<ChangeDoc>(Collections.changes);
  const notices = db.collection<NoticeDoc>(Collections.notices);

  const page = (url: string, query: string, headers: Record<string, string>, after: number) =>
    graphqlCall(
      url,
      query,
      { after: after > 0 ? encodeChangeCursor(after) : null, first: pageSize },
      headers,
    );
  // Warm-up: connections, plans, caches.
  await page(cluster.gatewayUrl, full, syndicator, 0);
  await page(cluster.levelUrls[source], full, direct, 0);

  const gatewayPage: number[] = [];
  const gatewaySnapshotsOnly: number[] = [];
  const subgraphPage: number[] = [];
  const dbChangesRange: number[] = [];
  const dbNoticesIn: number[] = [];
  const dbNoticesByIdParallel: number[] = [];
  const dbNoticesByIdSequential: number[] = [];
  for (const after of positions) {
    gatewayPage.push(await timed(() => page(cluster.gatewayUrl, full, syndicator, after)));
    gatewaySnapshotsOnly.push(await timed(() => page(cluster.gatewayUrl, bare, syndicator, after)));
    subgraphPage.push(await timed(() => page(cluster.levelUrls[source], full, direct, after)));
    let ids: string[] = [];
    dbChangesRange.push(
      await timed(async () => {
        const docs = await changes
          .find({ _id: { $gt: changeEntryId(after) } })
          .sort({ _id: 1 })
          .limit(pageSize + 1)
          .toArray();
        ids = docs.slice(0, pageSize).map((d) => d.noticeId);
      }),
    );
    dbNoticesIn.push(await timed(() => notices.find({ _id: { $in: ids } }).toArray()));
    dbNoticesByIdParallel.push(
      await timed(() => Promise.all(ids.map((id) => notices.findOne({ _id: id })))),
    );
    dbNoticesByIdSequential.push(
      await timed(async () => {
        for (const id of ids) await notices.findOne({ _id: id });
      }),
    );
  }
  return {
    pageSize,
    samples: positions.length,
    gatewayPage: percentiles(gatewayPage),
    gatewaySnapshotsOnly: percentiles(gatewaySnapshotsOnly),
    subgraphPage: percentiles(subgraphPage),
    dbChangesRange: percentiles(dbChangesRange),
    dbNoticesIn: percentiles(dbNoticesIn),
    dbNoticesByIdParallel: percentiles(dbNoticesByIdParallel),
    dbNoticesByIdSequential: percentiles(dbNoticesByIdSequential),
    dbInsertCopies: await probeInsertCopies(databases, pageSize, positions.length),
    noticesInCollection: await notices.estimatedDocumentCount(),
  };
}

/**
 * insertMany of `pageSize` city copies (renamed) into a scratch collection with the indexes of
 * `reposts`, dropped afterwards.
 */
async function probeInsertCopies(
  databases: LevelDatabases,
  pageSize: number,
  samples: number,
): Promise<Percentiles | null> {
  const db = databases.db('CITY');
  const copies = await db
    .collection<RepostDoc>(Collections.reposts)
    .find({})
    .limit(pageSize)
    .toArray();
  if (copies.length === 0) return null;
  const scratch = db.collection<RepostDoc>('bench_probe_reposts');
  const times: number[] = [];
  try {
    // The indexes the real `reposts` has (ensureIndexes), so inserts cost the same.
    await scratch.createIndex({ originalId: 1 });
    await scratch.createIndex({ siteId: 1, repostedAt: -1 });
    await scratch.createIndex({ receiptPending: 1 });
    await scratch.createIndex({ deadline: 1 });
    for (let s = 0; s < samples; s++) {
      const docs = copies.map((c) => ({ ...c, _id: `probe-${s}-${c._id}` }));
      times.push(await timed(() => scratch.insertMany(docs, { ordered: false })));
    }
  } finally {
    await scratch.drop().catch(() => undefined);
  }
  return percentiles(times);
}
