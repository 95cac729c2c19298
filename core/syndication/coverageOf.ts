import type { SiteDoc } from '../model/site';
import type { Mandate, ReceiptStatus } from '../model/syndication';
import { mandateDeadline } from './mandateDeadline';
import { mandateSites } from './mandateSites';
import type { DirectoryLookup } from './types';

/** What the origin knows of one site's copy, for coverage. */
export interface CoverageReceipt {
  siteId: string;
  status: ReceiptStatus;
  /** when it reached that status */
  at: Date;
}

/** How far a 下行 mandate has been carried out. Every list is sorted by site `_id`. */
export interface Coverage {
  deadline: Date;
  /** The sites the mandate requires (`mandateSites`). */
  expected: SiteDoc[];
  /** Expected sites whose copy is PUBLISHED. */
  done: SiteDoc[];
  /** Done, but published after the deadline. */
  late: SiteDoc[];
  /** Expected sites without a published copy. */
  missing: SiteDoc[];
  /** Missing while the deadline has passed (empty before it). */
  overdue: SiteDoc[];
}

/**
 * The coverage of a mandate at `asOf`: expected = `mandateSites`; deadline = `liveAt` plus
 * `deadlineHours`; done = expected sites with a PUBLISHED receipt; late = done sites whose
 * (earliest) PUBLISHED receipt is after the deadline; missing = expected minus done; overdue =
 * missing once `asOf` is after the deadline, else []. Receipts of sites not expected are ignored.
 */
export function coverageOf(args: {
  mandate: Mandate;
  origin: SiteDoc;
  liveAt: Date;
  receipts: readonly CoverageReceipt[];
  directory: DirectoryLookup;
  asOf: Date;
}): Coverage {
  const { mandate, origin, liveAt, receipts, directory, asOf } = args;
  const deadline = mandateDeadline(mandate, liveAt);
  const expected = mandateSites(mandate, origin, directory);

  const publishedAt = new Map<string, number>();
  for (const receipt of receipts) {
    if (receipt.status !== 'PUBLISHED') continue;
    const at = receipt.at.getTime();
    const earlier = publishedAt.get(receipt.siteId);
    if (earlier === undefined || at < earlier) publishedAt.set(receipt.siteId, at);
  }

  const done = expected.filter((site) => publishedAt.has(site._id));
  const late = done.filter((site) => (publishedAt.get(site._id) ?? 0) > deadline.getTime());
  const missing = expected.filter((site) => !publishedAt.has(site._id));
  const overdue = asOf.getTime() > deadline.getTime() ? [...missing] : [];
  return { deadline, expected, done, late, missing, overdue };
}
