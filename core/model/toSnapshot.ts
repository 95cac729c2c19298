import { htmlToPlainText, summarize } from '../html';
import type { NoticeSnapshot } from './change';
import { SNAPSHOT_TEXT_MAX } from './change';
import type { NoticeDoc } from './notice';

/** The part of a notice that travels in change-log entries. */
export function toSnapshot(notice: NoticeDoc): NoticeSnapshot {
  return {
    ...snapshotFields(notice),
    summary: snapshotSummary(notice),
    text: snapshotText(notice),
  };
}

/** A snapshot's fields that are read straight off the notice (no summary or text). */
export function snapshotFields(notice: NoticeDoc): Omit<
  NoticeSnapshot,
  'summary' | 'text' | 'indexNumber' | 'url'
> & {
  indexNumber: string | null;
  url: string | null;
} {
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
  };
}

/** The notice's own summary, else its opening sentences. */
export function snapshotSummary(notice: NoticeDoc): string {
  return notice.summary ?? summarize(notice.body);
}

/** The visible text of the body, cut at SNAPSHOT_TEXT_MAX characters. */
export function snapshotText(notice: NoticeDoc): string {
  return Array.from(htmlToPlainText(notice.body)).slice(0, SNAPSHOT_TEXT_MAX).join('');
}
