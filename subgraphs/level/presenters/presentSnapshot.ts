import type { NoticeSnapshot } from '../../../core/model';
import type { NoticeSnapshotType } from '../schema/changeTypes';

/** A snapshot (change-log entry or catalog row) in its API shape; rows stored before snapshots carried text have none. */
export function presentSnapshot(snapshot: NoticeSnapshot): NoticeSnapshotType {
  return {
    siteId: snapshot.siteId,
    columnId: snapshot.columnId,
    kind: snapshot.kind,
    title: snapshot.title,
    docNumber: snapshot.docNumber,
    issuer: snapshot.issuer,
    category: snapshot.category,
    topics: snapshot.topics,
    status: snapshot.status,
    validity: snapshot.validity,
    signedAt: snapshot.signedAt,
    publishedAt: snapshot.publishedAt,
    updatedAt: snapshot.updatedAt,
    indexNumber: snapshot.indexNumber ?? null,
    url: snapshot.url ?? null,
    summary: snapshot.summary ?? '',
    text: snapshot.text ?? '',
  };
}
