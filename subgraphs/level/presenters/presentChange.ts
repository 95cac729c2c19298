import type { ChangeDoc } from '../../../core/model';
import type { NoticeChangeType } from '../schema/changeTypes';
import { encodeChangeCursor } from '../paging/changeCursor';
import { presentSnapshot } from './presentSnapshot';

export function presentChange(doc: ChangeDoc): NoticeChangeType {
  return {
    cursor: encodeChangeCursor(doc.seq),
    noticeId: doc.noticeId,
    level: doc.level,
    type: doc.type,
    version: doc.version,
    at: doc.at,
    snapshot: presentSnapshot(doc.snapshot),
  };
}
