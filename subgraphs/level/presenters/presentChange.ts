import type { ChangeDoc } from '../../../core/model';
import type { NoticeChangeType } from '../schema/changeTypes';
import { encodeChangeCursor } from '../paging/changeCursor';

export function presentChange(doc: ChangeDoc): NoticeChangeType {
  return {
    cursor: encodeChangeCursor(doc._id),
    noticeId: doc.noticeId,
    level: doc.level,
    type: doc.type,
    version: doc.version,
    at: doc.at,
    // Entries logged before the snapshot carried text have none.
    snapshot: {
      ...doc.snapshot,
      indexNumber: doc.snapshot.indexNumber ?? null,
      url: doc.snapshot.url ?? null,
      summary: doc.snapshot.summary ?? '',
      text: doc.snapshot.text ?? '',
    },
  };
}
