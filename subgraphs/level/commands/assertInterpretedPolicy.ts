import { BadUserInputError } from '../../../core/errors';
import type { LevelContext } from '../context';

/** A 政策解读 must point at an existing policy of the same site that is not itself an interpretation. */
export async function assertInterpretedPolicy(
  ctx: LevelContext,
  interpretsId: string | null,
  siteId: string,
): Promise<void> {
  if (interpretsId === null) return;
  const policy = await ctx.loaders.notice.load(interpretsId);
  if (!policy || policy.siteId !== siteId) {
    throw new BadUserInputError(
      `no notice ${interpretsId} on site ${siteId} to interpret`,
      'input.interpretsId',
    );
  }
  if (policy.kind === 'INTERPRETATION') {
    throw new BadUserInputError(
      'an interpretation cannot interpret another interpretation',
      'input.interpretsId',
    );
  }
}
