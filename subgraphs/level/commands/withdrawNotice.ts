import { BadUserInputError, InvalidStateError } from '../../../core/errors';
import type { NoticeDoc } from '../../../core/model';
import type { LevelContext } from '../context';
import { loadEditableNotice, requirePrincipal } from './loadEditableNotice';
import { writeVersioned } from './writeVersioned';

const MAX_REASON = 500;

/** PUBLISHED → WITHDRAWN, with the reason on record. */
export async function withdrawNotice(
  ctx: LevelContext,
  id: string,
  reason: string,
): Promise<NoticeDoc> {
  const principal = requirePrincipal(ctx);
  const why = reason.trim();
  if (!why) throw new BadUserInputError('a reason is required', 'reason');
  if (why.length > MAX_REASON)
    throw new BadUserInputError(`reason is longer than ${MAX_REASON} characters`, 'reason');
  const doc = await loadEditableNotice(ctx, id);
  if (doc.status !== 'PUBLISHED') {
    throw new InvalidStateError(
      `only a published notice can be withdrawn; this one is ${doc.status}`,
      doc.status,
    );
  }
  return writeVersioned(
    ctx,
    id,
    doc.version,
    { status: 'WITHDRAWN', withdrawnReason: why },
    principal.sub,
    'WITHDRAWN',
  );
}
