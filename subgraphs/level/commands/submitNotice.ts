import { InvalidStateError } from '../../../core/errors';
import type { NoticeDoc } from '../../../core/model';
import type { LevelContext } from '../context';
import { authorize } from '../policies';
import { actorOf } from './actorOf';
import { auditFacts } from './auditFacts';
import { loadNotice, versionToWrite } from './loadNotice';
import { screenSpam } from './screenSpam';
import { screenTerms } from './screenTerms';
import { writeVersioned } from './writeVersioned';

/**
 * DRAFT (or WITHDRAWN, to publish again) → SUBMITTED: starts a review round
 * with the site's number of steps. The term check runs first.
 */
export async function submitNotice(
  ctx: LevelContext,
  id: string,
  expectedVersion?: number | null,
  overrideReason?: string | null,
): Promise<NoticeDoc> {
  const doc = await loadNotice(ctx, id);
  const principal = authorize(ctx.principal, 'submit', doc.siteId);
  if (doc.status !== 'DRAFT' && doc.status !== 'WITHDRAWN') {
    throw new InvalidStateError(
      `only a draft or a withdrawn notice can be submitted; this one is ${doc.status}`,
      doc.status,
    );
  }
  const version = versionToWrite(doc, expectedVersion);
  const site = await ctx.loaders.site.load(doc.siteId);
  screenSpam(doc);
  const screen = screenTerms(ctx, doc, principal, overrideReason);
  const actor = actorOf(principal);
  return writeVersioned(ctx, doc, version, {
    set: {
      status: 'SUBMITTED',
      review: {
        round: (doc.review?.round ?? 0) + 1,
        stepsRequired: site?.reviewSteps ?? 3,
        submittedBy: actor,
        submittedAt: new Date(),
        authors: [...new Set([doc.createdBy, doc.updatedBy, principal.sub])],
        steps: [],
      },
      rejection: null,
      ...(screen.termOverride ? { termOverride: screen.termOverride } : {}),
    },
    actor,
    change: null,
    audit: auditFacts('SUBMIT', { screen }),
  });
}
