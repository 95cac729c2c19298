import { BadUserInputError } from '../../../../core/errors';
import { parseNoticeId } from '../../../../core/levels';
import type { ReceiptDoc } from '../../../../core/model';
import { repostLevel } from '../../../../core/syndication';
import type { LevelContext } from '../../context';
import { authorize } from '../../policies';
import type { ReceiptInput } from '../receiptInput';

export const RECEIPTS_MAX = 500;

/** The origin stores what the workers report about copies of its notices (SYNDICATOR only). */
export async function recordReceipts(
  ctx: LevelContext,
  receipts: readonly ReceiptInput[],
): Promise<number> {
  authorize(ctx.principal, 'syndicate', '*');
  if (receipts.length > RECEIPTS_MAX)
    throw new BadUserInputError(`at most ${RECEIPTS_MAX} receipts per call`, 'receipts');
  const directory = await ctx.directory.fresh();
  const now = new Date();
  const docs: ReceiptDoc[] = receipts.map((r, i) => {
    const field = `receipts.${i}`;
    if (parseNoticeId(r.noticeId)?.level !== ctx.level)
      throw new BadUserInputError(`notice ${r.noticeId} is not of this level`, `${field}.noticeId`);
    const site = directory.site(r.siteId);
    if (!site || site.level !== r.level)
      throw new BadUserInputError(
        `unknown site ${r.siteId} of level ${r.level}`,
        `${field}.siteId`,
      );
    if (repostLevel(r.id) !== r.level || (r.repostId !== null && r.repostId !== r.id))
      throw new BadUserInputError('id must be the repost id of the reporting level', `${field}.id`);
    if (!Number.isInteger(r.seq) || r.seq < 0)
      throw new BadUserInputError('seq must be a whole number ≥ 0', `${field}.seq`);
    return {
      _id: r.id,
      noticeId: r.noticeId,
      siteId: r.siteId,
      level: r.level,
      mode: r.mode,
      status: r.status,
      repostId: r.repostId,
      at: r.at,
      latencySeconds: r.latencySeconds,
      reason: r.reason === null ? null : r.reason.slice(0, 500),
      seq: r.seq,
      updatedAt: now,
    };
  });
  return ctx.receipts.record(docs);
}
