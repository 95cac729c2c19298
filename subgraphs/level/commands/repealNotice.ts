import { BadUserInputError, InvalidStateError } from '../../../core/errors';
import { parseNoticeId } from '../../../core/levels';
import type { NoticeDoc } from '../../../core/model';
import type { LevelContext } from '../context';
import { authorize } from '../policies';
import { actorOf } from './actorOf';
import { auditFacts } from './auditFacts';
import { loadNotice, reasonText, versionToWrite } from './loadNotice';
import { writeVersioned } from './writeVersioned';

export interface RepealArgs {
  reason: string;
  /** Title or 文号 of the document that repeals it. */
  repealingDocument: string;
  /** Its id, when it is a notice of the cluster (any level). */
  repealingNoticeId?: string | null;
  expectedVersion?: number | null;
}

/**
 * 废止: a published (or withdrawn) notice is repealed for good: validity
 * REPEALED, the reason and the repealing document on record, and a REPEALED
 * change so every copy follows. It stays readable, marked as repealed.
 */
export async function repealNotice(
  ctx: LevelContext,
  id: string,
  args: RepealArgs,
): Promise<NoticeDoc> {
  const reason = reasonText(args.reason, 'reason') ?? '';
  const document = reasonText(args.repealingDocument, 'repealingDocument') ?? '';
  const byId = args.repealingNoticeId?.trim() || null;
  if (byId !== null && (!parseNoticeId(byId) || byId === id)) {
    throw new BadUserInputError(
      'repealingNoticeId must be the id of another notice of the cluster',
      'repealingNoticeId',
    );
  }
  const doc = await loadNotice(ctx, id);
  const principal = authorize(ctx.principal, 'repeal', doc.siteId);
  if (doc.status !== 'PUBLISHED' && doc.status !== 'WITHDRAWN') {
    throw new InvalidStateError(
      `only a published or withdrawn notice can be repealed; this one is ${doc.status}`,
      doc.status,
    );
  }
  const actor = actorOf(principal);
  return writeVersioned(ctx, doc, versionToWrite(doc, args.expectedVersion), {
    set: {
      status: 'REPEALED',
      validity: 'REPEALED',
      repeal: {
        reason,
        repealedByTitle: document,
        repealedById: byId,
        by: actor,
        at: new Date(),
      },
    },
    actor,
    change: 'REPEALED',
    audit: auditFacts('REPEAL', { reason: `${reason} (${document})`, changedFields: ['validity'] }),
  });
}
