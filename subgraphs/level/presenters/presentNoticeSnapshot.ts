import type { NoticeDoc } from '../../../core/model';
import { snapshotFields, snapshotSummary, snapshotText } from '../../../core/model';
import type { NoticeSnapshotType } from '../schema/changeTypes';

/**
 * A stored notice as a snapshot in its API shape, for entries made from the
 * notice itself (the compacted change log). The summary and the body's text
 * are only worked out when a reader selects them.
 */
export function presentNoticeSnapshot(doc: NoticeDoc): NoticeSnapshotType {
  return {
    ...snapshotFields(doc),
    get summary() {
      return snapshotSummary(doc);
    },
    get text() {
      return snapshotText(doc);
    },
  };
}
