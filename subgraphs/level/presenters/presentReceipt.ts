import type { ReceiptDoc } from '../../../core/model';
import { repostLevel } from '../../../core/syndication';
import { repostTypeName } from '../schema/repostTypeName';
import type { SiteView } from '../schema/createSiteType';
import type { RepostView } from './presentRepost';

/** A site as a reference: the province resolves its fields. */
export interface SiteRef {
  id: string;
}

export interface ReceiptView {
  site: SiteRef | SiteView;
  mode: ReceiptDoc['mode'];
  status: ReceiptDoc['status'];
  /** A reference; the resolver replaces one of its own level by the full row. */
  repost: { __typename: string; id: string } | RepostView | null;
  at: Date;
  latencySeconds: number | null;
  reason: string | null;
}

export function presentReceipt(doc: ReceiptDoc): ReceiptView {
  const owner = doc.repostId ? repostLevel(doc.repostId) : null;
  return {
    site: { id: doc.siteId },
    mode: doc.mode,
    status: doc.status,
    repost: doc.repostId && owner ? { __typename: repostTypeName(owner), id: doc.repostId } : null,
    at: doc.at,
    latencySeconds: doc.latencySeconds,
    reason: doc.reason,
  };
}
