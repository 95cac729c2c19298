import { BadUserInputError, NotFoundError } from '../../../core/errors';
import { parseNoticeId } from '../../../core/levels';
import type { NoticeDoc } from '../../../core/model';
import type { LevelContext } from '../context';
import { staleVersion } from './writeVersioned';

/** A notice of this level by id, or NOT_FOUND. Authorization is the caller's job. */
export async function loadNotice(ctx: LevelContext, id: string): Promise<NoticeDoc> {
  const parsed = parseNoticeId(id);
  const doc = parsed && parsed.level === ctx.level ? await ctx.loaders.notice.load(id) : null;
  if (!doc) throw new NotFoundError(`no notice ${id}`, 'id');
  return doc;
}

/**
 * The version to write against: the caller's `expectedVersion` when given
 * (stale → CONFLICT before anything else happens), else the one just read.
 */
export function versionToWrite(doc: NoticeDoc, expectedVersion: number | null | undefined): number {
  if (expectedVersion === null || expectedVersion === undefined) return doc.version;
  if (!Number.isInteger(expectedVersion) || expectedVersion < 1) {
    throw new BadUserInputError('expectedVersion must be a positive integer', 'expectedVersion');
  }
  if (expectedVersion !== doc.version) throw staleVersion(doc._id, doc.version, expectedVersion);
  return expectedVersion;
}

const MAX_REASON = 500;

/** A reason or comment: trimmed, at most 500 characters; required unless `optional`. */
export function reasonText(
  value: string | null | undefined,
  field: string,
  optional = false,
): string | null {
  const text = value?.trim() ?? '';
  if (!text) {
    if (optional) return null;
    throw new BadUserInputError(`${field} is required`, field);
  }
  if (text.length > MAX_REASON)
    throw new BadUserInputError(`${field} is longer than ${MAX_REASON} characters`, field);
  return text;
}
