import type { Principal } from '../../../core/auth';
import type { Level } from '../../../core/levels';
import type {
  DocNumberDoc,
  NoticeKind,
  RepostDoc,
  RepostRevision,
  RepostSource,
  RepostStatus,
  SyndicationMode,
  Validity,
} from '../../../core/model';
import { may } from '../policies';

/** What the repost resolvers return. */
export interface RepostView {
  id: string;
  level: Level;
  siteId: string;
  columnId: string | null;
  mode: SyndicationMode;
  status: RepostStatus;
  originalId: string;
  originalVersion: number;
  source: RepostSource;
  kind: NoticeKind;
  title: string;
  docNumber: DocNumberDoc | null;
  indexNumber: string | null;
  issuer: string | null;
  category: string | null;
  topics: string[];
  validity: Validity;
  signedAt: Date | null;
  publishedAt: Date | null;
  body: string | null;
  summary: string | null;
  history: RepostRevision[];
  deadline: Date | null;
  repostedAt: Date;
  liveAt: Date | null;
  latencySeconds: number | null;
  statusReason: string | null;
  repealed: boolean;
  interpretsId: string | null;
}

/** A copy waiting for review, withdrawn or declined is seen by the site's staff only. */
export function canSeeRepost(doc: RepostDoc, principal: Principal | null): boolean {
  return doc.status === 'PUBLISHED' || may(principal, 'readInternal', doc.siteId);
}

/** Seconds from the original going live to the copy going live (null while it is not live). */
export function repostLatency(doc: Pick<RepostDoc, 'liveAt' | 'originalLiveAt'>): number | null {
  if (!doc.liveAt) return null;
  return Math.max(0, (doc.liveAt.getTime() - doc.originalLiveAt.getTime()) / 1000);
}

export function presentRepost(doc: RepostDoc): RepostView {
  const c = doc.content;
  return {
    id: doc._id,
    level: doc.level,
    siteId: doc.siteId,
    columnId: doc.columnId,
    mode: doc.mode,
    status: doc.status,
    originalId: doc.originalId,
    originalVersion: doc.originalVersion,
    source: doc.source,
    kind: c.kind,
    title: c.title,
    docNumber: c.docNumber,
    indexNumber: c.indexNumber,
    issuer: c.issuer,
    category: c.category,
    topics: c.topics,
    validity: c.validity,
    signedAt: c.signedAt,
    publishedAt: c.publishedAt,
    body: doc.mode === 'REPOST' && doc.status !== 'WITHDRAWN' ? c.body : null,
    summary: c.summary,
    history: doc.history,
    deadline: doc.deadline,
    repostedAt: doc.repostedAt,
    liveAt: doc.liveAt,
    latencySeconds: repostLatency(doc),
    statusReason: doc.statusReason,
    repealed: doc.repealed !== null,
    interpretsId: c.interpretsId,
  };
}
