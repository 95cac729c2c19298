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

/** `countyChanges`, ...: each level's public change log, with the notice as it is now. */
function feedQuery(level: Level): string {
  return `query SyndicationFeed($after: String, $first: Int!) {
  page: ${levelPrefix(level)}Changes(after: $after, first: $first) {
    entries { noticeId level type version at
      snapshot { ${SNAPSHOT_SELECTION} }
      notice { ${ORIGINAL_NOTICE_SELECTION} } }
    endCursor hasMore
  }
}`;
}

/**
 * One level's change log as the syndication worker reads it: through the
 * gateway with the service token, each entry with the notice as it is now.
 * A notice that fails the checks does not fail the page: its entry carries
 * the problem and is recorded as FAILED.
 */
export class GatewayFeed implements FeedSource<FeedEntry> {
  readonly name: string;
  private readonly query: string;

  constructor(
    readonly level: Level,
    private readonly gateway: GatewayClient,
    /** Cursor name prefix: `syndication` for the live feed, `backfill:<rule>` for a backfill. */
    prefix = 'syndication',
  ) {
    this.name = `${prefix}:${levelPrefix(level)}`;
    this.query = feedQuery(level);
  }

  async read(after: string | null, limit: number): Promise<FeedPage<FeedEntry>> {
    const data = await this.gateway.request(this.query, { after, first: limit });
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
