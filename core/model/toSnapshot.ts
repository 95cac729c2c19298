import { htmlToPlainText, summarize } from '../html';
import type { NoticeSnapshot } from './change';
import { SNAPSHOT_TEXT_MAX } from './change';
import type { NoticeDoc } from './notice';

/** The part of a notice that travels in change-log entries. */
export function toSnapshot(notice: NoticeDoc): NoticeSnapshot {
  return {
    siteId: notice.siteId,
    columnId: notice.columnId,
    kind: notice.kind,
    title: notice.title,
    docNumber: notice.docNumber ? notice.docNumber.normalized : null,
    issuer: notice.issuer,
    category: notice.category,
    topics: notice.topics,
    status: notice.status,
    validity: notice.validity,
    signedAt: notice.signedAt,
    publishedAt: notice.publishedAt,
    updatedAt: notice.updatedAt,
    indexNumber: notice.indexNumber,
    url: notice.url,
    summary: notice.summary ?? summarize(notice.body),
    text: Array.from(htmlToPlainText(notice.body)).slice(0, SNAPSHOT_TEXT_MAX).join(''),
  };
}
