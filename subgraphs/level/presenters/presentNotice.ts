import { canEditSite } from '../../../core/auth';
import type { Principal } from '../../../core/auth';
import type { Level } from '../../../core/levels';
import type {
  Disclosure,
  DocNumberDoc,
  NoticeDoc,
  NoticeKind,
  NoticeStatus,
  Validity,
} from '../../../core/model';

/** What the notice resolvers return: never the raw document. */
export interface NoticeView {
  __typename?: string;
  id: string;
  level: Level;
  siteId: string;
  columnId: string | null;
  kind: NoticeKind;
  title: string;
  docNumber: DocNumberDoc | null;
  indexNumber: string | null;
  issuer: string | null;
  category: string | null;
  topics: string[];
  keywords: string[];
  disclosure: Disclosure;
  validity: Validity;
  signedAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  url: string | null;
  body: string | null;
  summary: string | null;
  version: number;
  status: NoticeStatus;
  interpretsId: string | null;
}

/** Drafts are seen only by the people who may edit the site. */
export function canSeeNotice(doc: NoticeDoc, principal: Principal | null): boolean {
  return doc.status !== 'DRAFT' || (principal !== null && canEditSite(principal, doc.siteId));
}

/** Maps a stored notice to its API shape; the body of a notice that is off the site is kept from the public. */
export function presentNotice(doc: NoticeDoc, principal: Principal | null): NoticeView {
  const editor = principal !== null && canEditSite(principal, doc.siteId);
  return {
    id: doc._id,
    level: doc.level,
    siteId: doc.siteId,
    columnId: doc.columnId,
    kind: doc.kind,
    title: doc.title,
    docNumber: doc.docNumber,
    indexNumber: doc.indexNumber,
    issuer: doc.issuer,
    category: doc.category,
    topics: doc.topics,
    keywords: doc.keywords,
    disclosure: doc.disclosure,
    validity: doc.validity,
    signedAt: doc.signedAt,
    publishedAt: doc.publishedAt,
    updatedAt: doc.updatedAt,
    url: doc.url,
    body: doc.status === 'PUBLISHED' || editor ? doc.body : null,
    summary: doc.summary,
    version: doc.version,
    status: doc.status,
    interpretsId: doc.interpretsId,
  };
}
