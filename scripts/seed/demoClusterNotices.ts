import type { Mandate, NoticeDoc, SiteDoc } from '../../core/model';
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

/** The 下行 mandate the demo puts on one directive of each province portal. */
export const DEMO_PROVINCE_MANDATE: Readonly<Mandate> = {
  levels: ['COUNTY'],
  regionCode: null,
  deadlineHours: 8,
};

/**
 * Every notice of the demo cluster: the real notices of `data/demo/notices` and generated ones,
 * about 30 per portal (at least one 政策解读 each) and a few per sub-site, with one directive of
 * each province portal mandatory for its counties (see mandateProvinceDirectives). Sorted by
 * date, so the change logs are in publication order.
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
  return mandateProvinceDirectives(notices, cluster.sites).sort(
    (a, b) => dateOf(a) - dateOf(b) || a._id.localeCompare(b._id),
  );
}

function dateOf(notice: NoticeDoc): number {
  return (notice.publishedAt ?? notice.createdAt).getTime();
}

/**
 * Puts DEMO_PROVINCE_MANDATE (every county of the province, 8 hours) on the newest directive of
 * each province portal: its latest published, in-force 政策文件 or 通知公告 whose title ends in
 * 通知 (such as 关于做好2025年…工作的通知). Deterministic for the same notices; a portal without
 * such a notice gets no mandate.
 */
export function mandateProvinceDirectives(
  notices: NoticeDoc[],
  sites: readonly SiteDoc[],
): NoticeDoc[] {
  for (const site of sites) {
    if (site.level !== 'PROVINCE' || site.kind !== 'PORTAL') continue;
    let chosen = -1;
    notices.forEach((notice, i) => {
      if (!isDirective(notice, site._id)) return;
      if (chosen < 0 || later(notice, notices[chosen])) chosen = i;
    });
    if (chosen >= 0) {
      const mandate = { ...DEMO_PROVINCE_MANDATE, levels: [...DEMO_PROVINCE_MANDATE.levels] };
      notices[chosen] = { ...notices[chosen], mandate };
    }
  }
  return notices;
}

function isDirective(notice: NoticeDoc, siteId: string): boolean {
  return (
    notice.siteId === siteId &&
    notice.kind !== 'INTERPRETATION' &&
    notice.status === 'PUBLISHED' &&
    notice.validity === 'IN_FORCE' &&
    notice.title.endsWith('通知')
  );
}

function later(a: NoticeDoc, b: NoticeDoc): boolean {
  return dateOf(a) - dateOf(b) > 0 || (dateOf(a) === dateOf(b) && a._id > b._id);
}
