import { BadUserInputError } from '../../../../core/errors';
import type { NoticeDoc, RepostDoc } from '../../../../core/model';
import { REGION_CODE_PATTERN, coverageOf, inRegion, median } from '../../../../core/syndication';
import type { LevelContext } from '../../context';
import { authorize } from '../../policies';
import { repostLatency } from '../../presenters/presentRepost';

/** One site that has not reposted a mandatory notice by its deadline. */
export interface OverdueMandate {
  noticeId: string;
  siteId: string;
  regionCode: string;
  deadline: Date;
  hoursOverdue: number;
}

export interface SiteFigures {
  siteId: string;
  repostsMade: number;
  published: number;
  pendingReview: number;
  medianLatencySeconds: number | null;
  overdueCount: number;
}

export const FIGURES_SITES_MAX = 2000;

export function checkRegion(regionCode: string | null): string | null {
  if (regionCode === null || regionCode === undefined) return null;
  if (!REGION_CODE_PATTERN.test(regionCode))
    throw new BadUserInputError('regionCode must be 2, 4 or 6 digits (行政区划代码)', 'regionCode');
  return regionCode;
}

/**
 * This level's mandatory notices (下行) and the sites past their deadline
 * without a live copy, optionally inside one region. Cluster admins only.
 */
export async function overdueMandates(
  ctx: LevelContext,
  regionCode: string | null,
): Promise<OverdueMandate[]> {
  authorize(ctx.principal, 'readReports', '*');
  const region = checkRegion(regionCode);
  const notices: NoticeDoc[] = await ctx.collections.notices
    .find({ 'mandate.deadlineHours': { $gt: 0 }, status: 'PUBLISHED' })
    .toArray();
  const directory = await ctx.directory.fresh();
  const asOf = ctx.clock.now();
  const rows: OverdueMandate[] = [];
  for (const notice of notices) {
    const origin = directory.site(notice.siteId);
    if (!notice.mandate || !notice.publishedAt || !origin) continue;
    const receipts = await ctx.loaders.receipts.load(notice._id);
    const coverage = coverageOf({
      mandate: notice.mandate,
      origin,
      liveAt: notice.publishedAt,
      receipts: receipts.map((r) => ({ siteId: r.siteId, status: r.status, at: r.at })),
      directory,
      asOf,
    });
    for (const site of coverage.overdue) {
      if (region && !inRegion(site.regionCode, region)) continue;
      rows.push({
        noticeId: notice._id,
        siteId: site._id,
        regionCode: site.regionCode,
        deadline: coverage.deadline,
        hoursOverdue: (asOf.getTime() - coverage.deadline.getTime()) / 3_600_000,
      });
    }
  }
  return rows.sort((a, b) => b.hoursOverdue - a.hoursOverdue || a.siteId.localeCompare(b.siteId));
}

/** Reposting figures of this level's sites (all of them, or the given ones). Cluster admins only. */
export async function syndicationFigures(
  ctx: LevelContext,
  siteIds: readonly string[],
): Promise<SiteFigures[]> {
  authorize(ctx.principal, 'readReports', '*');
  if (siteIds.length > FIGURES_SITES_MAX)
    throw new BadUserInputError(`at most ${FIGURES_SITES_MAX} sites`, 'siteIds');
  const copies = await ctx.reposts.forSites(siteIds);
  const asOf = ctx.clock.now().getTime();
  const bySite = new Map<string, RepostDoc[]>();
  for (const id of siteIds) bySite.set(id, []);
  for (const copy of copies) bySite.get(copy.siteId)?.push(copy);
  return [...bySite.entries()].map(([siteId, list]) => {
    const latencies = list.map(repostLatency).filter((x): x is number => x !== null);
    return {
      siteId,
      repostsMade: list.length,
      published: list.filter((c) => c.status === 'PUBLISHED').length,
      pendingReview: list.filter((c) => c.status === 'PENDING_REVIEW').length,
      medianLatencySeconds: median(latencies),
      overdueCount: list.filter(
        (c) =>
          c.deadline !== null && (c.liveAt ? c.liveAt > c.deadline : asOf > c.deadline.getTime()),
      ).length,
    };
  });
}
