import { BadUserInputError, ForbiddenError } from '../../../core/errors';
import { canEditSite } from '../../../core/auth';
import { makeNoticeId } from '../../../core/levels';
import type { NoticeDoc } from '../../../core/model';
import type { LevelContext } from '../context';
import type { NoticeInput } from '../schema/inputs';
import { requirePrincipal } from './loadEditableNotice';
import { validateNoticeInput } from './validateNoticeInput';
import { assertInterpretedPolicy } from './assertInterpretedPolicy';

/** Creates a DRAFT notice on one of this level's sites. Drafts are not logged: they are not public. */
export async function createNotice(
  ctx: LevelContext,
  siteId: string,
  input: NoticeInput,
): Promise<NoticeDoc> {
  const principal = requirePrincipal(ctx);
  const site = await ctx.loaders.site.load(siteId);
  if (!site || site.level !== ctx.level) {
    throw new BadUserInputError(
      `unknown site ${siteId} for the ${ctx.level.toLowerCase()} level`,
      'siteId',
    );
  }
  if (!canEditSite(principal, site._id))
    throw new ForbiddenError(`your token does not allow editing site ${siteId}`);
  const fields = validateNoticeInput(input, site, ctx.level);
  await assertInterpretedPolicy(ctx, fields.interpretsId ?? null, site._id);
  const now = new Date();
  const doc: NoticeDoc = {
    _id: makeNoticeId(ctx.level),
    level: ctx.level,
    siteId: site._id,
    columnId: null,
    kind: 'POLICY',
    title: '',
    docNumber: null,
    indexNumber: null,
    issuer: null,
    category: null,
    topics: [],
    keywords: [],
    disclosure: 'PROACTIVE',
    validity: 'IN_FORCE',
    signedAt: null,
    url: null,
    body: '',
    summary: null,
    interpretsId: null,
    ...fields,
    publishedAt: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
    status: 'DRAFT',
    withdrawnReason: null,
    createdBy: principal.sub,
    updatedBy: principal.sub,
    pendingChange: null,
  };
  await ctx.collections.notices.insertOne(doc);
  return doc;
}
