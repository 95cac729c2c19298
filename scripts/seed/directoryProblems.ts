import type { Level } from '../../core/levels';
import { levelRank } from '../../core/levels';
import type { SiteDoc } from '../../core/model';

/** Region-code digits a lower government shares with its parent: province 2, city 4. */
const SHARED_REGION_DIGITS: Record<Level, number> = { PROVINCE: 2, CITY: 4, COUNTY: 6 };

/**
 * What is wrong with a site directory as a whole, one line per problem naming the site
 * (`[3] 2101240002-001.parentId: …`); empty when it is consistent.
 */
export function directoryProblems(sites: readonly SiteDoc[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, SiteDoc>();
  sites.forEach((site, i) => {
    const at = (field: string) => `[${i}] ${site._id}.${field}`;
    if (byId.has(site._id)) problems.push(`${at('_id')}: duplicate site id`);
    byId.set(site._id, site);
    const columnIds = new Set<string>();
    for (const column of site.columns) {
      if (columnIds.has(column.id))
        problems.push(`${at('columns')}: duplicate column id ${column.id}`);
      columnIds.add(column.id);
    }
    if (site.kind === 'PORTAL') {
      if (site.code !== site._id) problems.push(`${at('code')}: a portal's code is its own id`);
      if (!site._id.startsWith(site.regionCode)) {
        problems.push(`${at('_id')}: a 网站标识码 starts with the region code ${site.regionCode}`);
      }
    } else if (
      site._id !== `${site.code}-${site._id.slice(11)}` ||
      !/^\d{10}-\d{3}$/.test(site._id)
    ) {
      problems.push(
        `${at('_id')}: a sub-site id is <portal code>-<3 digits> with code = the portal's`,
      );
    }
  });
  sites.forEach((site, i) => {
    const at = (field: string) => `[${i}] ${site._id}.${field}`;
    if (site.parentId === null) {
      if (site.kind !== 'PORTAL' || site.level !== 'PROVINCE') {
        problems.push(`${at('parentId')}: only a province portal has no parent`);
      }
      return;
    }
    const parent = byId.get(site.parentId);
    if (!parent) {
      problems.push(`${at('parentId')}: no site ${site.parentId}`);
      return;
    }
    if (site.kind === 'SUBSITE') {
      if (parent.kind !== 'PORTAL' || parent._id !== site.code) {
        problems.push(`${at('parentId')}: a sub-site's parent is its portal ${site.code}`);
      }
      if (parent.level !== site.level)
        problems.push(`${at('level')}: a sub-site has its portal's level`);
      if (parent.regionCode !== site.regionCode) {
        problems.push(`${at('regionCode')}: a sub-site has its portal's region code`);
      }
      return;
    }
    if (parent.kind !== 'PORTAL' || levelRank(parent.level) !== levelRank(site.level) + 1) {
      problems.push(
        `${at('parentId')}: a ${site.level} portal's parent is the portal one level up`,
      );
      return;
    }
    const shared = SHARED_REGION_DIGITS[parent.level];
    if (site.regionCode.slice(0, shared) !== parent.regionCode.slice(0, shared)) {
      problems.push(`${at('regionCode')}: ${site.regionCode} is not within ${parent.regionCode}`);
    }
  });
  return problems;
}
