import { z } from 'zod';
import { UnavailableError } from '../../../core/errors';
import type { Level } from '../../../core/levels';
import { LEVELS, levelPrefix } from '../../../core/levels';
import type { ChangeEvent } from '../../../core/model';
import { defineCursor } from '../../../core/paging';
import { inRegion } from '../../../core/syndication';
import { decodeChangeCursor, encodeChangeCursor } from '../paging/changeCursor';
import type { ChangeLog } from '../repositories/changeLog';
import { postGraphQL } from '../routing/postGraphQL';
import type { DirectoryCache } from '../syndication/DirectoryCache';
import { SNAPSHOT_CATALOG_SELECTION, changeEntrySchema } from './changeEntrySchema';

/** Where a reader of the whole cluster's changes stands: the last sequence number read in each level's log. */
export const clusterChangeCursor = defineCursor(
  'changes',
  z.object({
    c: z.number().int().nonnegative(),
    m: z.number().int().nonnegative(),
    p: z.number().int().nonnegative(),
  }),
);

const KEY: Record<Level, 'c' | 'm' | 'p'> = { COUNTY: 'c', CITY: 'm', PROVINCE: 'p' };

export interface ClusterChange extends ChangeEvent {
  /** Resume after this entry. */
  cursor: string;
}

export interface ClusterChangePage {
  entries: ClusterChange[];
  endCursor: string;
  hasMore: boolean;
}

export interface ClusterChangeQuery {
  after: string | null;
  first: number;
  levels: readonly Level[] | null;
  /** 行政区划代码 prefix (2, 4 or 6 digits) of the notices' sites. */
  regionCode: string | null;
}

interface LogEntry {
  seq: number;
  event: ChangeEvent;
}

interface LogPage {
  entries: LogEntry[];
  /** Last sequence number the read consumed (past filler entries too). */
  last: number;
  hasMore: boolean;
}

const remotePage = z.object({
  entries: z.array(changeEntrySchema.extend({ cursor: z.string() })),
  endCursor: z.string().nullable(),
  hasMore: z.boolean(),
});

/**
 * Every change of the cluster (or of some levels, or a region) after a
 * cursor: the three levels' change logs, the ones the catalog and the
 * syndication workers follow, merged by time. Each notice lives in one log,
 * so its changes always come in the order they happened; across levels a page
 * is ordered by time. The cursor holds a position in each log, so a reader
 * resumes exactly where it stopped and never misses an entry that was late to
 * be written.
 */
export class ClusterChangeReader {
  constructor(
    private readonly own: ChangeLog,
    private readonly subgraphUrls: Record<Level, string>,
    private readonly gatewaySecret: string,
    private readonly directory: DirectoryCache,
    private readonly timeoutMs = 30_000,
  ) {}

  async read(q: ClusterChangeQuery): Promise<ClusterChangePage> {
    const at = q.after ? clusterChangeCursor.decode(q.after, 'after') : { c: 0, m: 0, p: 0 };
    const levels =
      q.levels && q.levels.length > 0 ? LEVELS.filter((l) => q.levels?.includes(l)) : LEVELS;
    const pages = await Promise.all(
      levels.map(async (level) => ({
        level,
        ...(await this.readLog(level, at[KEY[level]], q.first)),
      })),
    );
    const merged = mergeByTime(pages, q.first);
    const position = { ...at };
    const directory = q.regionCode ? await this.directory.fresh() : null;
    const entries: ClusterChange[] = [];
    for (const { level, seq, event } of merged) {
      position[KEY[level]] = seq;
      const site = directory?.site(event.snapshot.siteId);
      if (q.regionCode && !(site && inRegion(site.regionCode, q.regionCode))) continue;
      entries.push({ ...event, cursor: clusterChangeCursor.encode(position) });
    }
    let hasMore = false;
    for (const page of pages) {
      const cut = page.entries.some((e) => e.seq > position[KEY[page.level]]);
      // A log read to its end moves past trailing fillers too, so empty pages cannot repeat.
      if (!cut) position[KEY[page.level]] = Math.max(position[KEY[page.level]], page.last);
      hasMore ||= cut || page.hasMore;
    }
    return { entries, endCursor: clusterChangeCursor.encode(position), hasMore };
  }

  private async readLog(level: Level, after: number, limit: number): Promise<LogPage> {
    if (level === this.own.level) {
      const page = await this.own.read(after, limit);
      return {
        entries: page.entries.map(({ seq, noticeId, level: l, type, version, at, snapshot }) => ({
          seq,
          event: { noticeId, level: l, type, version, at, snapshot },
        })),
        last: page.last,
        hasMore: page.hasMore,
      };
    }
    const query = `query Changes($after: String, $first: Int!) {
      page: ${levelPrefix(level)}Changes(after: $after, first: $first) {
        entries { cursor noticeId level type version at snapshot { ${SNAPSHOT_CATALOG_SELECTION} } }
        endCursor hasMore
      }
    }`;
    const res = await postGraphQL(
      this.subgraphUrls[level],
      query,
      { after: after > 0 ? encodeChangeCursor(after) : null, first: limit },
      { timeoutMs: this.timeoutMs, gatewaySecret: this.gatewaySecret },
    ).catch((error: unknown) => {
      // Down or too slow: the client may retry with the same cursor, nothing is lost.
      throw new UnavailableError(
        `the ${levelPrefix(level)} level's change log did not answer (${error instanceof Error ? error.message : String(error)}); try again with the same cursor`,
      );
    });
    if (res.errors?.length)
      throw new Error(`${levelPrefix(level)} change log: ${res.errors[0].message}`);
    const page = remotePage.parse(res.data?.page);
    return {
      entries: page.entries.map(({ cursor, ...event }) => ({
        seq: decodeChangeCursor(cursor),
        event,
      })),
      last: page.endCursor ? decodeChangeCursor(page.endCursor) : after,
      hasMore: page.hasMore,
    };
  }
}

/**
 * A k-way merge: each log's entries stay in sequence order, and the next
 * entry taken is the earliest of the logs' next entries (ties by level). It
 * stops at `limit`, or when a log that has more was read to the end of its
 * page (what comes next there is unknown), so pages of any size give the
 * same sequence.
 */
function mergeByTime(
  pages: readonly (LogPage & { level: Level })[],
  limit: number,
): (LogEntry & { level: Level })[] {
  const next = pages.map(() => 0);
  const merged: (LogEntry & { level: Level })[] = [];
  while (merged.length < limit) {
    let best = -1;
    for (let i = 0; i < pages.length; i += 1) {
      const entry = pages[i].entries[next[i]];
      if (!entry) {
        if (pages[i].hasMore) return merged;
        continue;
      }
      const current = best >= 0 ? pages[best].entries[next[best]] : null;
      if (!current || entry.event.at.getTime() < current.event.at.getTime()) best = i;
    }
    if (best < 0) return merged;
    merged.push({ ...pages[best].entries[next[best]], level: pages[best].level });
    next[best] += 1;
  }
  return merged;
}
