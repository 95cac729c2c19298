import type { SiteDoc } from '../model/site';

/** A region code as rules and mandates accept it: 2 (province), 4 (city) or 6 (county) digits. */
export const REGION_CODE_PATTERN = /^\d{2}(\d{2}(\d{2})?)?$/;

/**
 * The part of a site's 6-digit 行政区划代码 that names its own region: the first 2 digits for a
 * province site, 4 for a city, all 6 for a county. Every site inside that region shares it.
 */
export function regionPrefix(site: SiteDoc): string {
  switch (site.level) {
    case 'PROVINCE':
      return site.regionCode.slice(0, 2);
    case 'CITY':
      return site.regionCode.slice(0, 4);
    case 'COUNTY':
      return site.regionCode;
  }
}

/**
 * Whether the 6-digit `regionCode` lies inside the region `prefix` names (2, 4 or 6 digits).
 * Trailing `00` pairs of the prefix (beyond its first two digits) are dropped first, since a full
 * code ending in them names the larger unit: `210000` is all of 辽宁 like `21`, `210100` all of 沈阳
 * like `2101`.
 */
export function inRegion(regionCode: string, prefix: string): boolean {
  return regionCode.startsWith(significantPrefix(prefix));
}

function significantPrefix(prefix: string): string {
  let out = prefix;
  while (out.length > 2 && out.endsWith('00')) out = out.slice(0, -2);
  return out;
}
