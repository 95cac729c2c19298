import { NotFoundError, UnauthenticatedError, ForbiddenError } from '../../../core/errors';
import { canEditSite } from '../../../core/auth';
import type { Principal } from '../../../core/auth';
import { parseNoticeId } from '../../../core/levels';
import type { NoticeDoc } from '../../../core/model';
import type { LevelContext } from '../context';

/** Authenticated caller or UNAUTHENTICATED. */
export function requirePrincipal(ctx: LevelContext): Principal {
  if (!ctx.principal)
    throw new UnauthenticatedError('this operation needs a token: see `npm run token`');
  return ctx.principal;
}

/** Loads a notice of this level that the caller may edit, or throws NOT_FOUND / FORBIDDEN. */
export async function loadEditableNotice(ctx: LevelContext, id: string): Promise<NoticeDoc> {
  const principal = requirePrincipal(ctx);
  const parsed = parseNoticeId(id);
  const doc = parsed && parsed.level === ctx.level ? await ctx.loaders.notice.load(id) : null;
  if (!doc) throw new NotFoundError(`no notice ${id}`, 'id');
  if (!canEditSite(principal, doc.siteId)) {
    throw new ForbiddenError(`your token does not allow editing site ${doc.siteId}`);
  }
  return doc;
}
