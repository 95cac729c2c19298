import { z } from 'zod';
import type { Level } from '../../../core/levels';
import { levelPrefix } from '../../../core/levels';
import { SNAPSHOT_CATALOG_SELECTION, changeEntrySchema } from './changeEntrySchema';
import { postGraphQL } from '../routing/postGraphQL';
import type { ChangeSource, ChangeSourcePage } from './changeSource';

const pageSchema = z.object({
  entries: z.array(changeEntrySchema),
  endCursor: z.string().nullable(),
  hasMore: z.boolean(),
});

/** Reads another level's log through its subgraph's `<level>Changes` field. */
export class RemoteChangeSource implements ChangeSource {
  readonly name: string;
  private readonly query: string;

  constructor(
    private readonly level: Level,
    private readonly url: string,
    private readonly gatewaySecret: string,
    private readonly timeoutMs = 10_000,
  ) {
    this.name = `catalog:${level}`;
    this.query = `query Changes($after: String, $first: Int!) {
      page: ${levelPrefix(level)}Changes(after: $after, first: $first) {
        entries { noticeId level type version at snapshot { ${SNAPSHOT_CATALOG_SELECTION} } }
        endCursor hasMore
      }
    }`;
  }

  async read(after: string | null, limit: number): Promise<ChangeSourcePage> {
    const res = await postGraphQL(
      this.url,
      this.query,
      { after, first: limit },
      { timeoutMs: this.timeoutMs, gatewaySecret: this.gatewaySecret },
    );
    if (res.errors?.length)
      throw new Error(`${levelPrefix(this.level)} change log: ${res.errors[0].message}`);
    const page = pageSchema.parse(res.data?.page);
    return { events: page.entries, endCursor: page.endCursor, hasMore: page.hasMore };
  }
}
