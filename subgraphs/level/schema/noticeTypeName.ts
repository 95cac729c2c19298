import type { Level } from '../../../core/levels';
import { levelTypePrefix, parseNoticeId } from '../../../core/levels';

/** `CountyNotice`, `CityNotice`, `ProvinceNotice`. */
export function noticeTypeName(level: Level): string {
  return `${levelTypePrefix(level)}Notice`;
}

/** The concrete GraphQL type of a notice id, from its level prefix; undefined for a malformed id. */
export function typeNameForNoticeId(id: string): string | undefined {
  const parsed = parseNoticeId(id);
  return parsed ? noticeTypeName(parsed.level) : undefined;
}
