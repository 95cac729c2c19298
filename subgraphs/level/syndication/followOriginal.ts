import type { RepostDoc, RepostRevision } from '../../../core/model';
import { repostContent } from './buildRepost';
import type { OriginalNotice } from './feedEntry';

/** 原文已撤回: why a copy was taken down with its original. */
export const ORIGINAL_WITHDRAWN = '原文已撤回 (the original was withdrawn)';

/**
 * What a copy must change to follow its original as it is now (null: nothing).
 * A revision refreshes the content and keeps the replaced version; a repeal
 * (废止) marks the copy; a withdrawal takes it down; a re-publication after a
 * withdrawal brings it back where it was.
 */
export function followOriginal(
  copy: RepostDoc,
  original: OriginalNotice | null,
  now: Date,
): { set: Partial<RepostDoc>; revision: RepostRevision | null } | null {
  const live =
    original !== null && (original.status === 'PUBLISHED' || original.status === 'REPEALED');
  if (!live) {
    if (copy.status === 'WITHDRAWN' || copy.status === 'DECLINED') return null;
    return { set: { status: 'WITHDRAWN', statusReason: ORIGINAL_WITHDRAWN }, revision: null };
  }
  const set: Partial<RepostDoc> = {};
  let revision: RepostRevision | null = null;
  if (original.version > copy.originalVersion) {
    set.originalVersion = original.version;
    set.content = repostContent(original, copy.mode);
    if (set.content.title !== copy.content.title || set.content.body !== copy.content.body) {
      revision = {
        originalVersion: copy.originalVersion,
        title: copy.content.title,
        body: copy.content.body,
        replacedAt: now,
      };
    }
  }
  if (original.status === 'REPEALED' && copy.repealed === null) {
    set.repealed = {
      reason: original.repeal?.reason ?? '',
      repealedByTitle: original.repeal?.repealingDocument ?? '',
      at: now,
    };
  }
  if (copy.status === 'WITHDRAWN' && copy.statusReason === ORIGINAL_WITHDRAWN) {
    set.status = copy.liveAt ? 'PUBLISHED' : 'PENDING_REVIEW';
    set.statusReason = null;
  }
  return Object.keys(set).length > 0 ? { set, revision } : null;
}
