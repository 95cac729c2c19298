import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Db } from 'mongodb';
import { connectMongo } from '../../core/db';
import { FERRETDB_VERSION } from '../../core/ferretdb';
import type { SearchDocument } from '../../core/search';
import { benchProgress } from './benchProgress';
import type { Percentiles } from './percentiles';
import { percentiles } from './percentiles';
import { regexFilter } from './regexFilter';
import type { BenchSearchQuery, SearchQueryKind } from './searchQueryMix';

export interface RegexBaselineSpec {
  /** Progress label, e.g. `(B) 100000`. */
  label: string;
  uri: string;
  /** Whose database it is, for the figures: `throw-away local FerretDB on SQLite`, `MONGODB_URI`. */
  where: string;
  notices: readonly SearchDocument[];
  /** The sample of the index's query mix to run as scans. */
  queries: readonly BenchSearchQuery[];
  /** The in-process index's time for the same query (by `n`), ms. */
  indexMs: (n: number) => number;
  batchSize?: number;
  log: (message: string) => void;
}

export interface RegexQueryTiming {
  n: number;
  kind: SearchQueryKind;
  query: string;
  /** find(...).sort({ publishedAt: -1 }).limit(20) */
  findMs: number;
  /** countDocuments(...): the totalCount the index gives with every page. */
  countMs: number;
  ms: number;
  totalCount: number;
  /** The index's time for the same query. */
  indexMs: number;
}

export interface RegexBaselineFigures {
  /** What answered: `FerretDB v1.24.2, throw-away local on SQLite` or `MongoDB 7.0.14, MONGODB_URI`. */
  backend: string;
  notices: number;
  insertMs: number;
  insertPerSecond: number;
  /** find + count per query. */
  latency: Percentiles;
  find: Percentiles;
  count: Percentiles;
  /** The in-process index on the same queries. */
  index: Percentiles;
  /** Scan over index at p50 and at p95 of the same queries. */
  ratioP50: number | null;
  ratioP95: number | null;
  timings: RegexQueryTiming[];
}

const WARMUP = 2;

/**
 * The baseline of issue 5: the same notices in a MongoDB collection (own throw-away database,
 * no index but `_id`), and a sample of the same queries as `$regex` scans (see regexFilter),
 * newest first, 20 a page, with a countDocuments for the total. Times find and count of each
 * query one after the other, after two untimed warm-up queries; drops the database at the end.
 */
export async function measureRegexBaseline(spec: RegexBaselineSpec): Promise<RegexBaselineFigures> {
  const client = await connectMongo(spec.uri, { appName: 'govhub-bench-search' });
  const db = client.db(`bench_search_${randomBytes(4).toString('hex')}`);
  try {
    const backend = await describeBackend(db, spec.where);
    spec.log(`${spec.label}: $regex baseline on ${backend}, database ${db.databaseName}`);
    const insertMs = await insertNotices(db, spec);
    const collection = db.collection('notices');

    for (const query of spec.queries.slice(0, WARMUP)) {
      const filter = regexFilter(query.request);
      await collection.find(filter).sort({ publishedAt: -1, _id: -1 }).limit(20).toArray();
    }
    const progress = benchProgress(`${spec.label} $regex queries`, spec.queries.length, 'queries');
    const timings: RegexQueryTiming[] = [];
    for (const query of spec.queries) {
      const filter = regexFilter(query.request);
      const t0 = performance.now();
      await collection
        .find(filter)
        .sort({ publishedAt: -1, _id: -1 })
        .limit(query.request.first)
        .toArray();
      const t1 = performance.now();
      const totalCount = await collection.countDocuments(filter);
      const t2 = performance.now();
      timings.push({
        n: query.n,
        kind: query.kind,
        query: query.request.query,
        findMs: t1 - t0,
        countMs: t2 - t1,
        ms: t2 - t0,
        totalCount,
        indexMs: spec.indexMs(query.n),
      });
      progress.update(timings.length, `last ${((t2 - t0) / 1000).toFixed(1)} s`);
    }
    progress.stop();

    const latency = percentiles(timings.map((t) => t.ms));
    const index = percentiles(timings.map((t) => t.indexMs));
    const ratio = (scan: number | null, indexed: number | null) =>
      scan === null || indexed === null || indexed <= 0 ? null : scan / indexed;
    return {
      backend,
      notices: spec.notices.length,
      insertMs,
      insertPerSecond: spec.notices.length / Math.max(insertMs / 1000, 1e-9),
      latency,
      find: percentiles(timings.map((t) => t.findMs)),
      count: percentiles(timings.map((t) => t.countMs)),
      index,
      ratioP50: ratio(latency.p50, index.p50),
      ratioP95: ratio(latency.p95, index.p95),
      timings,
    };
  } finally {
    await db.dropDatabase().catch((error: unknown) => {
      spec.log(`${spec.label}: dropping ${db.databaseName} failed: ${String(error)}`);
    });
    await client.close();
  }
}

/** A notice as the baseline stores it: the search document with its id as `_id`. */
type BaselineDoc = Omit<SearchDocument, 'id'> & { _id: string };

/** insertMany in batches, one at a time, with a progress bar; returns the ms it took. */
async function insertNotices(db: Db, spec: RegexBaselineSpec): Promise<number> {
  const collection = db.collection<BaselineDoc>('notices');
  const batchSize = spec.batchSize ?? 1000;
  const progress = benchProgress(`${spec.label} insert`, spec.notices.length, 'notices');
  const started = performance.now();
  for (let start = 0; start < spec.notices.length; start += batchSize) {
    const batch = spec.notices
      .slice(start, start + batchSize)
      .map(({ id, ...fields }) => ({ _id: id, ...fields }));
    await collection.insertMany(batch, { ordered: false });
    progress.update(start + batch.length);
  }
  progress.stop();
  return performance.now() - started;
}

/** FerretDB says so in buildInfo (`ferretdbVersion`); anything else is taken for MongoDB. */
async function describeBackend(db: Db, where: string): Promise<string> {
  const info = await db.admin().command({ buildInfo: 1 });
  const version = typeof info.version === 'string' ? info.version : '?';
  const ferretdb: unknown = info.ferretdbVersion;
  if (typeof ferretdb === 'string') {
    // The local build (tools/ferretdb) has no version stamped in.
    const named = ferretdb === '' || ferretdb === 'unknown' ? FERRETDB_VERSION : ferretdb;
    return `FerretDB ${named}, ${where}`;
  }
  return `MongoDB ${version}, ${where}`;
}
