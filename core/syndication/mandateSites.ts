import { levelRank } from '../levels/level';
import type { SiteDoc } from '../model/site';
import type { Mandate } from '../model/syndication';
import { inRegion, regionPrefix } from './regionScope';
import type { DirectoryLookup } from './types';

/**
 * The sites a 下行 mandate requires to repost: the portals (kind PORTAL; sub-sites are not
 * expected) of the mandate's levels inside its region (`mandate.regionCode`, or the origin's own
 * region when null; see `inRegion`), restricted to levels strictly lower than the origin's.
 * Sorted by `_id`.
 */
export function mandateSites(
  mandate: Mandate,
  origin: SiteDoc,
  directory: DirectoryLookup,
): SiteDoc[] {
  const region = mandate.regionCode ?? regionPrefix(origin);
  const originRank = levelRank(origin.level);
  const sites: SiteDoc[] = [];
  for (const level of new Set(mandate.levels)) {
    if (levelRank(level) >= originRank) continue;
    for (const site of directory.sitesOfLevel(level)) {
      if (site.level !== level || site.kind !== 'PORTAL') continue;
      if (inRegion(site.regionCode, region)) sites.push(site);
    }
  }
  return sites.sort((a, b) => compareIds(a._id, b._id));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
