import type { NoticeDoc } from '../../../core/model';
import {
  createNotice,
  importNotice,
  publishNotice,
  repealNotice,
  reviewNotice,
  submitNotice,
  updateNotice,
  withdrawNotice,
} from '../commands';
import type { LevelContext } from '../context';
import type { NoticeCommandArgs } from './noticeCommandArgs';

/** Runs a notice command in this level's own database. */
export function runNoticeCommand(ctx: LevelContext, args: NoticeCommandArgs): Promise<NoticeDoc> {
  switch (args.operation) {
    case 'CreateNotice':
      return createNotice(ctx, args.siteId, args.input);
    case 'ImportNotice':
      return importNotice(ctx, args.siteId, {
        page: args.html,
        sourceUrl: args.sourceUrl ?? null,
        asDraft: args.asDraft ?? false,
      }).then((result) => result.doc);
    case 'UpdateNotice':
      return updateNotice(ctx, args.id, args.input, args.expectedVersion, args.overrideReason);
    case 'SubmitNotice':
      return submitNotice(ctx, args.id, args.expectedVersion, args.overrideReason);
    case 'ReviewNotice':
      return reviewNotice(
        ctx,
        args.id,
        args.decision,
        args.comment,
        args.expectedVersion,
        args.overrideReason,
      );
    case 'PublishNotice':
      return publishNotice(ctx, args.id, args.expectedVersion, args.overrideReason);
    case 'WithdrawNotice':
      return withdrawNotice(ctx, args.id, args.reason, args.expectedVersion);
    case 'RepealNotice':
      return repealNotice(ctx, args.id, args);
  }
}
