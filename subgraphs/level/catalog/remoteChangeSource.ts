import { z } from 'zod';
import type { Level } from '../../../core/levels';
import { LEVELS, levelPrefix } from '../../../core/levels';
import { CHANGE_TYPES, NOTICE_KINDS, NOTICE_STATUSES, VALIDITIES } from '../../../core/model';
import { postGraphQL } from '../routing/postGraphQL';
import type { ChangeSource, ChangeSourcePage } from './changeSource';

const date = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

const pageSchema = z.object({
  entries: z.array(
    z.object({
      noticeId: z.string(),
      level: z.enum(LEVELS),
      type: z.enum(CHANGE_TYPES),
      version: z.number().int(),
      at: date,
      snapshot: z.object({
        siteId: z.string(),
        columnId: z.string().nullable(),
        kind: z.enum(NOTICE_KINDS),
        title: z.string(),
        docNumber: z.string().nullable(),
        issuer: z.string().nullable(),
        category: z.string().nullable(),
        topics: z.array(z.string()),
        status: z.enum(NOTICE_STATUSES),
        validity: z.enum(VALIDITIES),
        signedAt: date.nullable(),
        publishedAt: date.nullable(),
        updatedAt: date,
      }),
    }),
  ),
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
        entries { noticeId level type version at snapshot {
          siteId columnId kind title docNumber issuer category topics status validity signedAt publishedAt updatedAt } }
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
