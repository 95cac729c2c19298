import { BadUserInputError } from '../../../core/errors';
import { parseNoticeId } from '../../../core/levels';
import type { AuditEntryDoc } from '../../../core/model';
import { auditCursor, clampPageSize } from '../../../core/paging';
import type { LevelContext } from '../context';
import { authorize } from '../policies';

export const AUDIT_MAX = 100;

export interface AuditTrailPage {
  entries: (AuditEntryDoc & { cursor: string })[];
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * The audit log of one notice or one site of this level, newest first, for
 * the site's staff and cluster admins. Exactly one of noticeId and siteId.
 */
export async function auditTrail(
  ctx: LevelContext,
  scope: { noticeId?: string | null; siteId?: string | null },
  first: number,
  after: string | null,
): Promise<AuditTrailPage> {
  const noticeId = scope.noticeId ?? null;
  const siteId = scope.siteId ?? null;
  if ((noticeId === null) === (siteId === null)) {
    throw new BadUserInputError(
      'give exactly one of noticeId and siteId',
      noticeId ? 'siteId' : 'noticeId',
    );
  }
  let ownerSite: string;
  if (noticeId !== null) {
    const parsed = parseNoticeId(noticeId);
    const doc = parsed?.level === ctx.level ? await ctx.loaders.notice.load(noticeId) : null;
    if (!doc) throw new BadUserInputError(`no notice ${noticeId}`, 'noticeId');
    ownerSite = doc.siteId;
  } else {
    const site = siteId && siteId.length <= 64 ? await ctx.loaders.site.load(siteId) : null;
    if (!site || site.level !== ctx.level)
      throw new BadUserInputError(`unknown site ${siteId ?? ''}`, 'siteId');
    ownerSite = site._id;
  }
  authorize(ctx.principal, 'readInternal', ownerSite);
  const size = clampPageSize(first, { max: AUDIT_MAX, defaultSize: 50, field: 'first' });
  const position = after ? auditCursor.decode(after) : null;
  const page = await ctx.auditLog.list(
    noticeId !== null ? { noticeId } : { siteId: ownerSite },
    size,
    position ? { at: new Date(position.t), id: position.i } : null,
  );
  return {
    entries: page.entries.map((e) => ({
      ...e,
      cursor: auditCursor.encode({ t: e.at.getTime(), i: e._id }),
    })),
    hasNextPage: page.hasNextPage,
    totalCount: page.totalCount,
  };
}
