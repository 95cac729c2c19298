import { InvalidStateError } from '../../../core/errors';
import type { NoticeDoc } from '../../../core/model';
import type { LevelContext } from '../context';
import { authorize } from '../policies';
import { actorOf } from './actorOf';
import { auditFacts } from './auditFacts';
import { loadNotice, reasonText, versionToWrite } from './loadNotice';
import { writeVersioned } from './writeVersioned';

/** PUBLISHED → WITHDRAWN, with the reason on record. Publishing it again goes through review. */
export async function withdrawNotice(
  ctx: LevelContext,
  id: string,
  reason: string,
  expectedVersion?: number | null,
): Promise<NoticeDoc> {
  const why = reasonText(reason, 'reason') ?? '';
  const doc = await loadNotice(ctx, id);
  const principal = authorize(ctx.principal, 'withdraw', doc.siteId);
  if (doc.status !== 'PUBLISHED') {
    throw new InvalidStateError(
      `only a published notice can be withdrawn; this one is ${doc.status}`,
      doc.status,
    );
  }
  return writeVersioned(ctx, doc, versionToWrite(doc, expectedVersion), {
    set: { status: 'WITHDRAWN', withdrawnReason: why },
    actor: actorOf(principal),
    change: 'WITHDRAWN',
    audit: auditFacts('WITHDRAW', { reason: why }),
  });
}
