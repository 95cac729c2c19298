import type { Level } from '../../core/levels';
import type { SiteDoc } from '../../core/model';

/** Relative share of one portal per level: a province publishes more than a city, a city than a county. */
export const PORTAL_WEIGHTS: Record<Level, number> = { PROVINCE: 4, CITY: 2, COUNTY: 1 };

/**
 * Spreads `total` notices over the portals of a directory by level weight (largest remainder,
 * so the counts add up exactly). Sub-sites get none.
 */
export function allocateNotices(sites: readonly SiteDoc[], total: number): Map<string, number> {
  const portals = sites.filter((site) => site.kind === 'PORTAL');
  const weight = portals.reduce((sum, site) => sum + PORTAL_WEIGHTS[site.level], 0);
  const shares = portals.map((site) => {
    const exact = weight === 0 ? 0 : (total * PORTAL_WEIGHTS[site.level]) / weight;
    return { id: site._id, count: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = total - shares.reduce((sum, share) => sum + share.count, 0);
  const byRemainder = [...shares].sort(
    (a, b) => b.remainder - a.remainder || a.id.localeCompare(b.id),
  );
  for (const share of byRemainder) {
    if (left <= 0) break;
    share.count += 1;
    left -= 1;
  }
  return new Map(shares.map((share) => [share.id, share.count]));
}
