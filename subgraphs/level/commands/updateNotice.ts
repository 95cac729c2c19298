import { BadUserInputError, InvalidStateError } from '../../../core/errors';
import type { NoticeDoc } from '../../../core/model';
import type { LevelContext } from '../context';
import type { NoticeUpdateInput } from '../schema/inputs';
import { authorize } from '../policies';
import { validateNoticeInput } from './validateNoticeInput';
import { writeVersioned } from './writeVersioned';
import { assertInterpretedPolicy } from './assertInterpretedPolicy';
import { loadNotice, versionToWrite } from './loadNotice';
import { actorOf } from './actorOf';
import { auditFacts } from './auditFacts';
import { changedFields } from './auditSummary';
import { isInReview } from './reviewStates';
import { screenTerms } from './screenTerms';

/**
 * Edits a notice at `expectedVersion`. Drafts and withdrawn notices are
 * edited by the site's editors. A published notice is corrected in place
 * only by an approver or site admin (they answer for it), after the term
 * check, and the revision is logged (REVISED). A notice in review is
 * frozen: a reviewer returns it to draft first.
 */
export async function updateNotice(
  ctx: LevelContext,
  id: string,
  input: NoticeUpdateInput,
  expectedVersion: number,
  overrideReason?: string | null,
): Promise<NoticeDoc> {
  if (!Number.isInteger(expectedVersion) || expectedVersion < 1) {
    throw new BadUserInputError('expectedVersion must be a positive integer', 'expectedVersion');
  }
  const doc = await loadNotice(ctx, id);
  const published = doc.status === 'PUBLISHED';
  const principal = authorize(ctx.principal, published ? 'correct' : 'edit', doc.siteId);
  if (doc.status === 'REPEALED')
    throw new InvalidStateError('a repealed notice cannot be edited', doc.status);
  if (isInReview(doc.status)) {
    throw new InvalidStateError(
      `the notice is in review (${doc.status}): a reviewer must return it to draft before it can be edited`,
      doc.status,
    );
  }
  versionToWrite(doc, expectedVersion);
  const site = await ctx.loaders.site.load(doc.siteId);
  if (!site) throw new InvalidStateError(`site ${doc.siteId} is no longer in the directory`);
  const fields = validateNoticeInput(input, site, ctx.level);
  if (fields.interpretsId !== undefined) {
    if (fields.interpretsId === id) {
      throw new BadUserInputError('a notice cannot interpret itself', 'input.interpretsId');
    }
    await assertInterpretedPolicy(ctx, fields.interpretsId, doc.siteId);
  }
  const screen = published
    ? screenTerms(ctx, { ...doc, ...fields }, principal, overrideReason)
    : undefined;
  return writeVersioned(ctx, doc, expectedVersion, {
    set: { ...fields, ...(screen?.termOverride ? { termOverride: screen.termOverride } : {}) },
    actor: actorOf(principal),
    change: published ? 'REVISED' : null,
    audit: auditFacts(published ? 'REVISE' : 'EDIT', {
      changedFields: changedFields(doc, fields),
      screen,
    }),
  });
}
