import { BadUserInputError, InvalidStateError } from '../../../core/errors';
import type { NoticeDoc } from '../../../core/model';
import type { LevelContext } from '../context';
import type { NoticeUpdateInput } from '../schema/inputs';
import { loadEditableNotice, requirePrincipal } from './loadEditableNotice';
import { validateNoticeInput } from './validateNoticeInput';
import { writeVersioned } from './writeVersioned';
import { assertInterpretedPolicy } from './assertInterpretedPolicy';

/** Edits a notice at `expectedVersion`. A revision of a published notice is logged (REVISED). */
export async function updateNotice(
  ctx: LevelContext,
  id: string,
  input: NoticeUpdateInput,
  expectedVersion: number,
): Promise<NoticeDoc> {
  const principal = requirePrincipal(ctx);
  if (!Number.isInteger(expectedVersion) || expectedVersion < 1) {
    throw new BadUserInputError('expectedVersion must be a positive integer', 'expectedVersion');
  }
  const doc = await loadEditableNotice(ctx, id);
  if (doc.status === 'REPEALED')
    throw new InvalidStateError('a repealed notice cannot be edited', doc.status);
  const site = await ctx.loaders.site.load(doc.siteId);
  if (!site) throw new InvalidStateError(`site ${doc.siteId} is no longer in the directory`);
  const fields = validateNoticeInput(input, site, ctx.level);
  if (fields.interpretsId !== undefined) {
    if (fields.interpretsId === id) {
      throw new BadUserInputError('a notice cannot interpret itself', 'input.interpretsId');
    }
    await assertInterpretedPolicy(ctx, fields.interpretsId, doc.siteId);
  }
  return writeVersioned(
    ctx,
    id,
    expectedVersion,
    fields,
    principal.sub,
    doc.status === 'PUBLISHED' ? 'REVISED' : null,
  );
}
