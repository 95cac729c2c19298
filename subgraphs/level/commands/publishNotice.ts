import { InvalidStateError } from '../../../core/errors';
import type { NoticeDoc } from '../../../core/model';
import type { LevelContext } from '../context';
import { loadEditableNotice, requirePrincipal } from './loadEditableNotice';
import { writeVersioned } from './writeVersioned';

/** DRAFT or WITHDRAWN → PUBLISHED. The first publication fixes 发布日期. */
export async function publishNotice(ctx: LevelContext, id: string): Promise<NoticeDoc> {
  const principal = requirePrincipal(ctx);
  const doc = await loadEditableNotice(ctx, id);
  if (doc.status !== 'DRAFT' && doc.status !== 'WITHDRAWN') {
    throw new InvalidStateError(
      `a ${doc.status.toLowerCase()} notice cannot be published`,
      doc.status,
    );
  }
  return writeVersioned(
    ctx,
    id,
    doc.version,
    { status: 'PUBLISHED', publishedAt: doc.publishedAt ?? new Date(), withdrawnReason: null },
    principal.sub,
    'PUBLISHED',
  );
}
