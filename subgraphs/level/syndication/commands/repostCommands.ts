import { BadUserInputError, InvalidStateError, NotFoundError } from '../../../../core/errors';
import type { RepostDoc } from '../../../../core/model';
import { repostLevel } from '../../../../core/syndication';
import type { LevelContext } from '../../context';
import { authorize } from '../../policies';

const REASON_MAX = 500;

async function loadRepost(ctx: LevelContext, id: string): Promise<RepostDoc> {
  const doc = repostLevel(id) === ctx.level ? await ctx.reposts.get(id) : null;
  if (!doc) throw new NotFoundError(`no repost ${id}`, 'id');
  return doc;
}

async function change(
  ctx: LevelContext,
  doc: RepostDoc,
  set: Partial<RepostDoc>,
): Promise<RepostDoc> {
  const stored = await ctx.reposts.update(doc, set);
  if (!stored)
    throw new InvalidStateError('the repost changed meanwhile (its original moved): reload it');
  ctx.syndication?.nudge();
  return stored;
}

/** A reviewer puts a copy queued for review (审核) on the site. */
export async function publishRepost(ctx: LevelContext, id: string): Promise<RepostDoc> {
  const doc = await loadRepost(ctx, id);
  const principal = authorize(ctx.principal, 'reviewRepost', doc.siteId);
  if (doc.status !== 'PENDING_REVIEW')
    throw new InvalidStateError(
      `only a repost waiting for review can be published; this one is ${doc.status}`,
      doc.status,
    );
  return change(ctx, doc, {
    status: 'PUBLISHED',
    liveAt: new Date(),
    reviewedBy: principal.sub,
    statusReason: null,
  });
}

/** A reviewer turns down a queued copy; a mandatory repost (下行) cannot be declined. */
export async function declineRepost(
  ctx: LevelContext,
  id: string,
  reason: string,
): Promise<RepostDoc> {
  const doc = await loadRepost(ctx, id);
  const principal = authorize(ctx.principal, 'reviewRepost', doc.siteId);
  const text = reason.trim();
  if (text.length === 0 || [...text].length > REASON_MAX)
    throw new BadUserInputError(`reason must be 1 to ${REASON_MAX} characters`, 'reason');
  if (doc.deadline !== null)
    throw new InvalidStateError(
      'a mandatory repost (下行) cannot be declined: publish it',
      'MANDATORY',
    );
  if (doc.status !== 'PENDING_REVIEW')
    throw new InvalidStateError(
      `only a repost waiting for review can be declined; this one is ${doc.status}`,
      doc.status,
    );
  return change(ctx, doc, { status: 'DECLINED', reviewedBy: principal.sub, statusReason: text });
}
