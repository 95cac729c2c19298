import type { ChangeLog } from '../repositories/changeLog';
import { decodeChangeCursor, encodeChangeCursor } from '../paging/changeCursor';
import type { ChangeSource, ChangeSourcePage } from './changeSource';

/** Reads this level's own log straight from its database. */
export class LocalChangeSource implements ChangeSource {
  constructor(
    readonly name: string,
    private readonly log: ChangeLog,
  ) {}

  async read(after: string | null, limit: number): Promise<ChangeSourcePage> {
    const page = await this.log.read(decodeChangeCursor(after), limit);
    return {
      events: page.entries.map(({ noticeId, level, type, version, at, snapshot }) => ({
        noticeId,
        level,
        type,
        version,
        at,
        snapshot,
      })),
      endCursor: page.last > 0 ? encodeChangeCursor(page.last) : after,
      hasMore: page.hasMore,
    };
  }
}
