import type { MirrorState, MirroredNotice } from './MirrorStore';
import { MirrorStore } from './MirrorStore';

const QUERY = `query Sync($after: String, $first: Int!, $levels: [Level!], $regionCode: String) {
  changes(after: $after, first: $first, levels: $levels, regionCode: $regionCode) {
    entries {
      noticeId level type version
      snapshot { siteId title docNumber issuer category status validity signedAt publishedAt updatedAt summary }
      notice { id version body }
    }
    endCursor
    hasMore
  }
}`;

interface Entry {
  noticeId: string;
  level: string;
  type: string;
  version: number;
  snapshot: {
    siteId: string;
    title: string;
    docNumber: string | null;
    issuer: string | null;
    category: string | null;
    status: string;
    validity: string;
    signedAt: string | null;
    publishedAt: string | null;
    updatedAt: string;
    summary: string;
  };
  notice: { id: string; version: number; body: string | null } | null;
}

interface Page {
  entries: Entry[];
  endCursor: string;
  hasMore: boolean;
}

export interface SyncOptions {
  gateway: string;
  dir: string;
  regionCode: string | null;
  levels: string[] | null;
  /** Entries per request (the gateway allows at most 100). */
  pageSize: number;
  /** Called after every page. */
  onPage?: (progress: { applied: number; written: number; pages: number }) => void;
  fetchTimeoutMs?: number;
}

export interface SyncResult {
  applied: number;
  written: number;
  pages: number;
  cursor: string | null;
}

/** A GraphQL error or HTTP failure from the gateway, with what it said. */
export class SyncError extends Error {}

/**
 * Brings a mirror up to date with the cluster: reads `changes` after the
 * stored cursor until nothing is left, writing each notice's latest state,
 * then the cursor. Safe to stop at any point and run again.
 */
export async function syncMirror(options: SyncOptions): Promise<SyncResult> {
  const store = new MirrorStore(options.dir);
  const scope: MirrorState['scope'] = {
    gateway: options.gateway,
    regionCode: options.regionCode,
    levels: options.levels,
  };
  const state = await store.open();
  if (state && JSON.stringify(state.scope) !== JSON.stringify(scope))
    throw new SyncError(
      `${options.dir} mirrors ${JSON.stringify(state.scope)}; use another directory for ${JSON.stringify(scope)}`,
    );
  let cursor = state?.cursor ?? null;
  const result: SyncResult = { applied: 0, written: 0, pages: 0, cursor };
  for (;;) {
    const page = await fetchPage(options, cursor);
    for (const entry of page.entries) {
      result.applied += 1;
      if (await store.put(toMirrored(entry))) result.written += 1;
    }
    cursor = page.endCursor;
    await store.saveState({ cursor, scope, updatedAt: new Date().toISOString() });
    result.pages += 1;
    result.cursor = cursor;
    options.onPage?.({ applied: result.applied, written: result.written, pages: result.pages });
    if (!page.hasMore) return result;
  }
}

/**
 * The entry's snapshot is the notice right after that change; the body comes
 * with the notice as it is now, so it is kept only when that is the same
 * version (a later entry brings the later body).
 */
function toMirrored(entry: Entry): MirroredNotice {
  const s = entry.snapshot;
  const sameVersion = entry.notice !== null && entry.notice.version === entry.version;
  const public_ = s.status === 'PUBLISHED' || s.status === 'REPEALED';
  return {
    id: entry.noticeId,
    level: entry.level,
    version: entry.version,
    change: entry.type,
    status: s.status,
    siteId: s.siteId,
    title: s.title,
    docNumber: s.docNumber,
    issuer: s.issuer,
    category: s.category,
    validity: s.validity,
    signedAt: s.signedAt,
    publishedAt: s.publishedAt,
    updatedAt: s.updatedAt,
    summary: s.summary,
    body: public_ && sameVersion ? (entry.notice?.body ?? null) : null,
  };
}

async function fetchPage(options: SyncOptions, after: string | null): Promise<Page> {
  let res: Response;
  try {
    res = await fetch(options.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({
        query: QUERY,
        variables: {
          after,
          first: options.pageSize,
          levels: options.levels,
          regionCode: options.regionCode,
        },
      }),
      signal: AbortSignal.timeout(options.fetchTimeoutMs ?? 30_000),
    });
  } catch (error) {
    throw new SyncError(`cannot reach ${options.gateway}: ${String(error)}`);
  }
  let body: {
    data?: { changes?: Page } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new SyncError(
      `${options.gateway} answered HTTP ${res.status} without a GraphQL response`,
    );
  }
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new SyncError(`${first.extensions?.code ?? 'ERROR'}: ${first.message}`);
  }
  if (!body.data?.changes) throw new SyncError(`${options.gateway} returned no changes`);
  return body.data.changes;
}
