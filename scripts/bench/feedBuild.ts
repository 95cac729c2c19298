import { performance } from 'node:perf_hooks';
import type { Level } from '../../core/levels';
import { LEVELS, levelPrefix } from '../../core/levels';
import type { RunningCluster } from '../cluster';
import { dropSeedDatabases, openSeedDatabases } from '../seed/seedDatabases';
import { writeCluster } from '../seed/writeCluster';
import { benchProgress } from './benchProgress';
import type { ChildMemory } from './childMemory';
import { childMemory } from './childMemory';
import type { FeedFormat, FeedFormatFigures } from './feedRequests';
import { timeFeed } from './feedRequests';
import type { GatewaySearchFigures } from './gatewaySearch';
import { measureGatewaySearch } from './gatewaySearch';
import { graphqlCall } from './graphqlCall';
import type { LatestPageFigures } from './latestPageProbe';
import { probeLatestPage } from './latestPageProbe';
import type { Percentiles } from './percentiles';
import { LevelDatabases } from './levelDatabases';
import { measureSearchIndex } from './measureSearchIndex';
import { searchHubCluster } from './searchHubCluster';
import { searchQueryMix } from './searchQueryMix';

export interface FeedBuildSpec {
  uris: Record<Level, string>;
  dbPrefix: string;
  /** Starts the hub on the seeded databases (`startCluster({ seed: false })` with the prefix). */
  start: (dbPrefix: string) => Promise<RunningCluster>;
  /** Notices of the whole cluster (the feed site's included). */
  notices: number;
  /** Items of the feed timed (and published notices its site gets at least). */
  feedItems: number;
  /** Requests per format after the cold one, and conditional requests. */
  feedRepeats: number;
  /** `search` queries through the gateway. */
  searchQueries: number;
  seed: number;
  log: (message: string) => void;
}

export interface FeedBuildFigures {
  notices: number;
  searchable: number;
  feedSite: { id: string; name: string; published: number };
  seedMs: number;
  /** Hub started → `latest(siteId)` counts every published notice of the feed site. */
  catalogMs: number;
  /** Then until the catalog has read every change log to its end (the hub idle). */
  quietMs: number;
  /** One page of the feed's source, with the item fields and with ids only. */
  latestPage: LatestPageFigures;
  feeds: FeedFormatFigures[];
  /** `search` end to end through the gateway. */
  gatewaySearch: GatewaySearchFigures;
  /** The same queries on an in-process SearchIndex of the same notices. */
  inProcess: Percentiles;
  /** RSS of the services (MB) after the measurements. */
  memory: ChildMemory;
}

const FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];
/** Untimed searches first, through the gateway and in process alike. */
const WARMUP = 10;
const LATEST_COUNT = `query($siteId: ID!) { latest(siteId: $siteId, first: 1) { totalCount } }`;

/**
 * (C) A real hub: writes a synthetic cluster (directory, notices and their change-log entries,
 * as `npm run seed` does) whose feed site has at least `feedItems` published notices, starts the
 * subgraphs and the gateway on it, waits until the province catalog (and with it the search
 * index) has read the logs, then times the site's feed of `feedItems` items in each format and
 * `search` through the gateway, and the same queries in process for comparison.
 */
export async function measureFeedBuild(spec: FeedBuildSpec): Promise<FeedBuildFigures> {
  const cluster = searchHubCluster({
    notices: spec.notices,
    feedItems: spec.feedItems,
    seed: spec.seed,
  });
  const { feedSite } = cluster;
  spec.log(
    `(C) ${cluster.notices.length} notices, ${feedSite.name} (${feedSite._id}) has ${cluster.feedSitePublished} published`,
  );

  const seedStarted = performance.now();
  const seed = await openSeedDatabases(spec.uris, spec.dbPrefix, 'govhub-bench-seed');
  try {
    const seeding = benchProgress('(C) seed', cluster.notices.length, 'notices');
    let written = 0;
    await writeCluster(
      seed,
      { sites: cluster.sites, notices: cluster.notices },
      {
        onNotices: (n) => {
          written += n;
          seeding.update(written);
        },
      },
    );
    seeding.stop();
  } catch (error) {
    // No hub yet to drop them on stop.
    await dropSeedDatabases(seed).catch(() => undefined);
    throw error;
  } finally {
    await seed.close();
  }
  const seedMs = performance.now() - seedStarted;

  spec.log('(C) starting the hub...');
  const hub = await spec.start(spec.dbPrefix);
  let figures: Omit<FeedBuildFigures, 'inProcess'>;
  const queries = searchQueryMix(cluster.searchDocuments, spec.searchQueries, spec.seed + 1);
  try {
    const started = performance.now();
    await waitForLatest(hub.gatewayUrl, feedSite._id, cluster.feedSitePublished);
    const catalogMs = performance.now() - started;
    const quietMs = await waitForCatalog(hub);

    const latestPage = await probeLatestPage({
      gatewayUrl: hub.gatewayUrl,
      siteId: feedSite._id,
      samples: spec.feedRepeats,
    });
    const base = hub.gatewayUrl.replace(/\/graphql$/, '');
    const feeds: FeedFormatFigures[] = [];
    for (const format of FORMATS) {
      const url = `${base}/feeds/sites/${feedSite._id}.${format}?limit=${spec.feedItems}`;
      spec.log(`(C) timing ${url}`);
      feeds.push(await timeFeed(`(C) ${format}`, url, format, spec.feedRepeats));
    }
    const gatewaySearch = await measureGatewaySearch({
      label: '(C) search via gateway',
      gatewayUrl: hub.gatewayUrl,
      queries,
      warmup: WARMUP,
    });
    figures = {
      notices: cluster.notices.length,
      searchable: cluster.searchDocuments.length,
      feedSite: { id: feedSite._id, name: feedSite.name, published: cluster.feedSitePublished },
      seedMs,
      catalogMs,
      quietMs,
      latestPage,
      feeds,
      gatewaySearch,
      memory: childMemory(),
    };
  } finally {
    await hub.stop();
  }
  // With the hub stopped, so that the comparison has the CPUs to itself.
  const inProcess = await measureSearchIndex({
    label: '(C) in-process',
    notices: cluster.searchDocuments,
    queries,
    warmup: WARMUP,
  });
  return { ...figures, inProcess: inProcess.latency };
}

/** Polls `latest(siteId)` through the gateway until it counts `expected` notices. */
async function waitForLatest(gatewayUrl: string, siteId: string, expected: number): Promise<void> {
  const progress = benchProgress('(C) catalog: latest(siteId)', expected, 'notices');
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    const data = await graphqlCall<{ latest: { totalCount: number } }>(gatewayUrl, LATEST_COUNT, {
      siteId,
    }).catch(() => null);
    const count = data?.latest.totalCount ?? 0;
    progress.update(count);
    if (count >= expected) break;
    if (Date.now() > deadline) {
      progress.stop();
      throw new Error(`latest(${siteId}) counted ${count} of ${expected} after 15 minutes`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  progress.stop();
}

/**
 * Waits until the province catalog has read every level's change log to its end (the hub runs
 * without syndication workers, so nothing else reads or writes); returns the ms it took.
 */
async function waitForCatalog(hub: RunningCluster): Promise<number> {
  const started = performance.now();
  const databases = await LevelDatabases.open(hub.uris, hub.dbPrefix);
  try {
    const behind = async () => {
      const { heads, readers } = await databases.positions();
      return LEVELS.reduce(
        (sum, level) =>
          sum + Math.max(0, heads[level] - (readers[`catalog <- ${levelPrefix(level)}`] ?? 0)),
        0,
      );
    };
    const first = await behind();
    const progress = benchProgress('(C) catalog reads the logs', first, 'entries');
    const deadline = Date.now() + 15 * 60_000;
    for (let left = first; left > 0; left = await behind()) {
      progress.update(first - left);
      if (Date.now() > deadline)
        throw new Error(`the catalog is ${left} entries behind after 15 min`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    progress.update(first);
    progress.stop();
  } finally {
    await databases.close();
  }
  return performance.now() - started;
}
