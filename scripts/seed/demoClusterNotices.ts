import type { NoticeDoc, SiteDoc } from '../../core/model';
import { demoNoticeToDoc } from './demoNoticeToDoc';
import { DEFAULT_PERIOD, generateSiteNotices } from './generateSiteNotices';
import type { DemoCluster } from './loadDemoCluster';
import type { SiteRole } from './siteProfile';
import { buildSiteProfiles } from './siteProfile';

export interface DemoNoticeOptions {
  /** Generator seed (default 20260101). */
  seed?: number;
  /** Generated notices per portal (default 30); sub-sites get a handful. */
  perPortal?: number;
}

export const DEMO_SEED = 20260101;
const PER_SUBSITE: Record<Exclude<SiteRole, 'GOVERNMENT'>, number> = {
  OFFICE: 6,
  DEPARTMENT: 6,
  TOWNSHIP: 4,
};

/**
 * Every notice of the demo cluster: the real notices of `data/demo/notices` and generated ones,
 * about 30 per portal (at least one 政策解读 each) and a few per sub-site. Sorted by date, so the
 * change logs are in publication order.
 */
export function demoClusterNotices(
  cluster: DemoCluster,
  options: DemoNoticeOptions = {},
): NoticeDoc[] {
  const seed = options.seed ?? DEMO_SEED;
  const perPortal = options.perPortal ?? 30;
  const byId = new Map<string, SiteDoc>(cluster.sites.map((site) => [site._id, site]));
  const notices: NoticeDoc[] = [];
  for (const { notice } of cluster.notices) {
    const site = byId.get(notice.siteId);
    if (site) notices.push(demoNoticeToDoc(notice, site));
  }
  for (const profile of buildSiteProfiles(cluster.sites).values()) {
    const count = profile.role === 'GOVERNMENT' ? perPortal : PER_SUBSITE[profile.role];
    notices.push(...generateSiteNotices(profile, { count, seed, ...DEFAULT_PERIOD }));
  }
  return notices.sort((a, b) => dateOf(a) - dateOf(b) || a._id.localeCompare(b._id));
}

function dateOf(notice: NoticeDoc): number {
  return (notice.publishedAt ?? notice.createdAt).getTime();
}
