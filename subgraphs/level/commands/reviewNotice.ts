import { ForbiddenError, InvalidStateError } from '../../../core/errors';
import type { NoticeDoc, ReviewDecision } from '../../../core/model';
import type { LevelContext } from '../context';
import { authorize } from '../policies';
import { actorOf } from './actorOf';
import { auditFacts } from './auditFacts';
import { loadNotice, reasonText, versionToWrite } from './loadNotice';
import { nextReviewStep, statusAfter } from './reviewStates';
import { screenTerms } from './screenTerms';
import { writeVersioned } from './writeVersioned';

const STEP_NAMES = { FIRST: '初审', SECOND: '复审', FINAL: '终审' } as const;

/**
 * One review step. APPROVE moves the notice on (初审 → 复审 → 终审, or 初审 →
 * 终审 on a two-step site); REJECT returns it to DRAFT with the reason, at
 * any step. Each step is done by someone who neither wrote nor submitted
 * this version and did no earlier step of the round; the final step needs
 * an APPROVER, and runs the term check again.
 */
export async function reviewNotice(
  ctx: LevelContext,
  id: string,
  decision: ReviewDecision,
  comment: string | null | undefined,
  expectedVersion?: number | null,
  overrideReason?: string | null,
): Promise<NoticeDoc> {
  const doc = await loadNotice(ctx, id);
  const round = doc.review;
  const step = round ? nextReviewStep(doc.status, round.stepsRequired) : null;
  if (!round || !step) {
    throw new InvalidStateError(
      doc.status === 'APPROVED'
        ? 'the review is complete: the notice is waiting to be published'
        : `the notice is not waiting for review; it is ${doc.status}`,
      doc.status,
    );
  }
  const principal = authorize(ctx.principal, step === 'FINAL' ? 'approve' : 'review', doc.siteId);
  if (round.authors.includes(principal.sub)) {
    throw new ForbiddenError(
      'you wrote, edited or submitted this version: another person must review it',
    );
  }
  const earlier = round.steps.find((s) => s.by.sub === principal.sub);
  if (earlier) {
    throw new ForbiddenError(
      `you did the ${STEP_NAMES[earlier.step]} of this round: ${STEP_NAMES[step]} needs another person`,
    );
  }
  const version = versionToWrite(doc, expectedVersion);
  const actor = actorOf(principal);
  const at = new Date();
  if (decision === 'REJECT') {
    const reason = reasonText(comment, 'comment') ?? '';
    return writeVersioned(ctx, doc, version, {
      set: {
        status: 'DRAFT',
        rejection: { step, by: actor, at, reason },
        review: { ...round, steps: [...round.steps, { step, by: actor, at, comment: reason }] },
      },
      actor,
      change: null,
      audit: auditFacts('REVIEW_REJECT', { step, reason }),
    });
  }
  const note = reasonText(comment, 'comment', true);
  const screen = step === 'FINAL' ? screenTerms(ctx, doc, principal, overrideReason) : undefined;
  return writeVersioned(ctx, doc, version, {
    set: {
      status: statusAfter(step),
      review: { ...round, steps: [...round.steps, { step, by: actor, at, comment: note }] },
      ...(screen?.termOverride ? { termOverride: screen.termOverride } : {}),
    },
    actor,
    change: null,
    audit: auditFacts('REVIEW_APPROVE', { step, reason: note, screen }),
  });
}
