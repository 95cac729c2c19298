import type { Level } from '../../../core/levels';
import { levelTypePrefix } from '../../../core/levels';

/** `CountyRepost`, `CityRepost`, `ProvinceRepost`. */
export function repostTypeName(level: Level): string {
  return `${levelTypePrefix(level)}Repost`;
}
