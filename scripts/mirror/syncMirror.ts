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
  /** Called before a retry of a page the hub could not serve just now. */
  onRetry?: (error: SyncError, waitMs: number) => void;
  /** Called after every page. */
  onPage?: (progress: { applied: number; written: number; pages: number }) => void;
  fetchTimeoutMs?: number;
}

/** Error codes that mean "not now" rather than "never": retried. */
const TRANSIENT_CODES = new Set(['UNAVAILABLE', 'RATE_LIMITED']);

export interface SyncResult {
  applied: number;
  written: number;
  pages: number;
  cursor: string | null;
}

/** A GraphQL error or HTTP failure from the gateway, with what it said. */
export class SyncError extends Error {
  constructor(
    message: string,
    /** Worth asking again with the same cursor (the gateway or a level was down or slow). */
    readonly transient = false,
  ) {
    super(message);
  }
}

/** Attempts per page when the hub is down or busy, waiting 1, 2, 4 … seconds in between. */
const ATTEMPTS = 6;

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
    const page = await fetchWithRetries(options, cursor);
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

async function fetchWithRetries(options: SyncOptions, after: string | null): Promise<Page> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fetchPage(options, after);
    } catch (error) {
      if (!(error instanceof SyncError) || !error.transient || attempt >= ATTEMPTS) throw error;
      const waitMs = 1000 * 2 ** (attempt - 1);
      options.onRetry?.(error, waitMs);
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
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
    throw new SyncError(`cannot reach ${options.gateway}: ${String(error)}`, true);
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
    const code = first.extensions?.code ?? 'ERROR';
    throw new SyncError(`${code}: ${first.message}`, TRANSIENT_CODES.has(code));
  }
  if (!body.data?.changes) throw new SyncError(`${options.gateway} returned no changes`);
  return body.data.changes;
}
