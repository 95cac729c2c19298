import { z } from 'zod';
import type { Level } from '../../../core/levels';
import { levelPrefix } from '../../../core/levels';
import type { FeedPage, FeedSource } from '../feeds';
import type { FeedEntry } from './feedEntry';
import { ORIGINAL_NOTICE_SELECTION, feedEntrySchema, originalNoticeSchema } from './feedEntry';
import type { GatewayClient } from './GatewayClient';
import { SNAPSHOT_SELECTION } from '../catalog/changeEntrySchema';

const pageSchema = z.object({
  entries: z.array(feedEntrySchema),
  endCursor: z.string().nullable(),
  hasMore: z.boolean(),
});

const ENTRY_SELECTION = `entries { noticeId level type version at
      snapshot { ${SNAPSHOT_SELECTION} }
      notice { ${ORIGINAL_NOTICE_SELECTION} } }
    endCursor hasMore`;

/** `countyChanges`, ...: each level's public change log, with the notice as it is now. */
function logQuery(level: Level): string {
  return `query SyndicationFeed($after: String, $first: Int!) {
  page: ${levelPrefix(level)}Changes(after: $after, first: $first) { ${ENTRY_SELECTION} }
}`;
}

/** `countyCompactedChanges`, ...: one entry per notice public now (a rule's backfill). */
function compactedQuery(level: Level): string {
  return `query SyndicationBackfill($after: String, $first: Int!, $siteIds: [ID!]) {
  page: ${levelPrefix(level)}CompactedChanges(after: $after, first: $first, siteIds: $siteIds) { ${ENTRY_SELECTION} }
}`;
}

export interface GatewayFeedOptions {
  /** Cursor name prefix: `syndication` for the live feed, `backfill:<rule>` for a backfill. */
  prefix?: string;
  /**
   * Read the compacted log (every notice public now) instead of the history,
   * of these source sites only (null: every site of the level).
   */
  compacted?: { siteIds: readonly string[] | null };
}

/**
 * One level's change log as the syndication worker reads it: through the
 * gateway with the service token, each entry with the notice as it is now;
 * or, for a backfill, the log compacted to the notices public now.
 * A notice that fails the checks does not fail the page: its entry carries
 * the problem and is recorded as FAILED.
 */
export class GatewayFeed implements FeedSource<FeedEntry> {
  readonly name: string;
  private readonly query: string;
  private readonly siteIds: readonly string[] | null;

  constructor(
    readonly level: Level,
    private readonly gateway: GatewayClient,
    options: GatewayFeedOptions = {},
  ) {
    const prefix = options.prefix ?? 'syndication';
    if (options.compacted) {
      // Its own cursor name: a compacted cursor is not a position in the history.
      this.name = `${prefix}:compacted:${levelPrefix(level)}`;
      this.query = compactedQuery(level);
      this.siteIds = options.compacted.siteIds;
    } else {
      this.name = `${prefix}:${levelPrefix(level)}`;
      this.query = logQuery(level);
      this.siteIds = null;
    }
  }

  async read(after: string | null, limit: number): Promise<FeedPage<FeedEntry>> {
    const variables: Record<string, unknown> = { after, first: limit };
    if (this.siteIds !== null) variables.siteIds = this.siteIds;
    const data = await this.gateway.request(this.query, variables);
    const page = pageSchema.parse(data.page);
    const events = page.entries.map((entry): FeedEntry => {
      if (entry.notice === null || entry.notice === undefined)
        return { ...entry, notice: null, problem: null };
      const parsed = originalNoticeSchema.safeParse(entry.notice);
      if (parsed.success) return { ...entry, notice: parsed.data, problem: null };
      const issue = parsed.error.issues[0];
      return {
        ...entry,
        notice: null,
        problem: `invalid notice data: ${issue.path.join('.')}: ${issue.message}`,
      };
    });
    return { events, endCursor: page.endCursor, hasMore: page.hasMore };
  }
}
