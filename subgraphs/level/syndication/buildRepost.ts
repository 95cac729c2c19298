import type { Level } from '../../../core/levels';
import type { RepostContent, RepostDoc, SiteDoc } from '../../../core/model';
import type { SyndicationTarget } from '../../../core/syndication';
import { repostId } from '../../../core/syndication';
import type { OriginalNotice } from './feedEntry';

/** The copied content of an original: the full body for a REPOST, metadata only for a LINK. */
export function repostContent(original: OriginalNotice, mode: RepostDoc['mode']): RepostContent {
  return {
    kind: original.kind,
    title: original.title,
    docNumber: original.docNumber,
    indexNumber: original.indexNumber,
    issuer: original.issuer,
    category: original.category,
    topics: original.topics,
    validity: original.validity,
    signedAt: original.signedAt,
    publishedAt: original.publishedAt,
    body: mode === 'REPOST' ? original.body : null,
    summary: original.summary,
    interpretsId: original.interpretationOf?.id ?? null,
  };
}

/** A new copy for one planned target. */
export function buildRepost(args: {
  level: Level;
  target: SyndicationTarget;
  original: OriginalNotice;
  originSite: SiteDoc | null;
  liveAt: Date;
  now: Date;
}): RepostDoc {
  const { level, target, original, originSite, liveAt, now } = args;
  const live = target.publish === 'IMMEDIATELY';
  return {
    _id: repostId(level, target.siteId, original.id),
    level,
    siteId: target.siteId,
    columnId: target.columnId,
    mode: target.mode,
    status: live ? 'PUBLISHED' : 'PENDING_REVIEW',
    originalId: original.id,
    originalLevel: original.level,
    originalVersion: original.version,
    source: {
      siteId: original.site.id,
      siteName: originSite?.name ?? original.site.id,
      url: original.url ?? originSite?.url ?? null,
    },
    content: repostContent(original, target.mode),
    history: [],
    ruleIds: target.ruleIds,
    deadline: target.deadline,
    originalLiveAt: liveAt,
    repostedAt: now,
    liveAt: live ? now : null,
    reviewedBy: null,
    statusReason: null,
    repealed:
      original.status === 'REPEALED' && original.repeal
        ? {
            reason: original.repeal.reason,
            repealedByTitle: original.repeal.repealingDocument,
            at: now,
          }
        : null,
    updatedAt: now,
    seq: 1,
    receiptPending: true,
  };
}
