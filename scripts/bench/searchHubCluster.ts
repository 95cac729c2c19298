import type { NoticeDoc, SiteDoc } from '../../core/model';
import { toSnapshot } from '../../core/model';
import type { SearchDocument } from '../../core/search';
import { allocateNotices } from '../seed/allocateNotices';
import { buildSyntheticCluster } from '../seed/buildSyntheticCluster';
import { DEFAULT_PERIOD, generateSiteNotices } from '../seed/generateSiteNotices';
import type { SiteProfile } from '../seed/siteProfile';
import { buildSiteProfiles } from '../seed/siteProfile';

/** The synthetic cluster phase (C) writes before its hub starts. */
export interface SearchHubCluster {
  sites: SiteDoc[];
  notices: NoticeDoc[];
  /** The city portal whose feed is timed. */
  feedSite: SiteDoc;
  /** Its PUBLISHED notices: what `latest(siteId)` counts and its feed lists. */
  feedSitePublished: number;
  /** Every public notice as the province's search index holds it (from the change-log snapshot). */
  searchDocuments: SearchDocument[];
}

/** Statuses the province indexes for search (as CatalogSearch). */
const SEARCHABLE = new Set(['PUBLISHED', 'REPEALED']);

/**
 * A synthetic cluster (scripts/seed: 示范省, 2 cities, 4 counties, their sub-sites) where the
 * first city portal has at least `feedItems` published notices and the other portals share the
 * rest of `notices` by level weight, as `npm run seed -- --synthetic` spreads them.
 * Deterministic for a seed.
 */
export function searchHubCluster(options: {
  notices: number;
  feedItems: number;
  seed: number;
}): SearchHubCluster {
  const sites = buildSyntheticCluster({ cities: 2, counties: 4, seed: options.seed });
  const profiles = buildSiteProfiles(sites);
  const feedSite = sites.find((site) => site.level === 'CITY' && site.kind === 'PORTAL');
  const feedProfile = feedSite ? profiles.get(feedSite._id) : undefined;
  if (!feedSite || !feedProfile) throw new Error('the synthetic cluster has no city portal');

  const feedNotices = enoughPublished(feedProfile, options.feedItems, options.seed);
  const others = allocateNotices(
    sites.filter((site) => site._id !== feedSite._id),
    Math.max(0, options.notices - feedNotices.length),
  );
  const notices = [...feedNotices];
  for (const profile of profiles.values()) {
    const count = others.get(profile.site._id) ?? 0;
    if (count > 0) {
      notices.push(
        ...generateSiteNotices(profile, { count, seed: options.seed, ...DEFAULT_PERIOD }),
      );
    }
  }
  const regions = new Map(sites.map((site) => [site._id, site.regionCode]));
  return {
    sites,
    notices,
    feedSite,
    feedSitePublished: feedNotices.filter((n) => n.status === 'PUBLISHED').length,
    searchDocuments: notices
      .filter((n) => SEARCHABLE.has(n.status))
      .map((n) => searchDocument(n, regions.get(n.siteId) ?? '000000')),
  };
}

/** The site's notices, generated in larger runs until `wanted` of them are PUBLISHED. */
function enoughPublished(profile: SiteProfile, wanted: number, seed: number): NoticeDoc[] {
  for (let count = Math.ceil(wanted * 1.1) + 20; ; count = Math.ceil(count * 1.1)) {
    const notices = [...generateSiteNotices(profile, { count, seed, ...DEFAULT_PERIOD })];
    if (notices.filter((n) => n.status === 'PUBLISHED').length >= wanted) return notices;
  }
}

/** What CatalogSearch indexes of a notice: its change-log snapshot and the site's region. */
function searchDocument(notice: NoticeDoc, regionCode: string): SearchDocument {
  const snapshot = toSnapshot(notice);
  return {
    id: notice._id,
    level: notice.level,
    siteId: notice.siteId,
    regionCode,
    columnId: snapshot.columnId,
    kind: snapshot.kind,
    title: snapshot.title,
    docNumber: snapshot.docNumber,
    issuer: snapshot.issuer,
    category: snapshot.category,
    validity: snapshot.validity,
    signedAt: snapshot.signedAt,
    publishedAt: snapshot.publishedAt,
    text: snapshot.text ?? '',
  };
}
