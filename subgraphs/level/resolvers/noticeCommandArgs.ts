import type { ReviewDecision } from '../../../core/model';
import type { NoticeInput, NoticeUpdateInput } from '../schema/inputs';

type Guarded = { expectedVersion?: number | null };
type Overridable = { overrideReason?: string | null };

/** The arguments of each notice command, tagged by its routed operation name. */
export type NoticeCommandArgs =
  | { operation: 'CreateNotice'; siteId: string; input: NoticeInput }
  | {
      operation: 'ImportNotice';
      siteId: string;
      html: string;
      sourceUrl?: string | null;
      asDraft?: boolean | null;
    }
  | ({
      operation: 'UpdateNotice';
      id: string;
      input: NoticeUpdateInput;
      expectedVersion: number;
    } & Overridable)
  | ({ operation: 'SubmitNotice'; id: string } & Guarded & Overridable)
  | ({
      operation: 'ReviewNotice';
      id: string;
      decision: ReviewDecision;
      comment?: string | null;
    } & Guarded &
      Overridable)
  | ({ operation: 'PublishNotice'; id: string } & Guarded & Overridable)
  | ({ operation: 'WithdrawNotice'; id: string; reason: string } & Guarded)
  | ({
      operation: 'RepealNotice';
      id: string;
      reason: string;
      repealingDocument: string;
      repealingNoticeId?: string | null;
    } & Guarded);

/** The GraphQL variables of a routed call: the arguments without the tag. */
export function routedVariables(args: NoticeCommandArgs): Record<string, unknown> {
  const variables: Record<string, unknown> = { ...args };
  delete variables.operation;
  return variables;
}
