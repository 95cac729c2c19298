import { BadUserInputError } from '../errors/errors';
import type { Level } from '../levels/level';
import { isLevel, LEVELS, levelRank } from '../levels/level';
import type { SiteDoc } from '../model/site';
import type { Mandate } from '../model/syndication';
import { inRegion, REGION_CODE_PATTERN, regionPrefix } from './regionScope';
import type { MandateInput } from './types';

const MAX_DEADLINE_HOURS = 720;

/**
 * Checks a 下行 mandate submitted by a notice of `origin` and returns it normalised: `levels`
 * sorted in LEVELS order, `regionCode` trimmed or null. Throws BadUserInputError naming the field:
 * - `mandate.levels`: not empty, no repeats, each strictly lower than the origin's level;
 * - `mandate.deadlineHours`: a whole number of hours from 1 to 720 (30 days);
 * - `mandate.regionCode`: null, or 2, 4 or 6 digits inside the origin's own region
 *   (`regionPrefix(origin)`, e.g. `2101` or `210124` for 沈阳 but not `21` or `2103`).
 */
export function validateMandate(input: MandateInput, origin: SiteDoc): Mandate {
  const levels = input.levels;
  if (!Array.isArray(levels) || levels.length === 0) {
    throw new BadUserInputError('name at least one level that must repost', 'mandate.levels');
  }
  const seen = new Set<Level>();
  for (const level of levels) {
    if (!isLevel(level)) {
      throw new BadUserInputError(`unknown level ${String(level)}`, 'mandate.levels');
    }
    if (seen.has(level)) {
      throw new BadUserInputError(`level ${level} is listed twice`, 'mandate.levels');
    }
    if (levelRank(level) >= levelRank(origin.level)) {
      throw new BadUserInputError(
        `a ${origin.level} site can only require lower levels to repost, not ${level}`,
        'mandate.levels',
      );
    }
    seen.add(level);
  }

  const hours = input.deadlineHours;
  if (!Number.isInteger(hours) || hours < 1 || hours > MAX_DEADLINE_HOURS) {
    throw new BadUserInputError(
      `deadlineHours must be a whole number from 1 to ${MAX_DEADLINE_HOURS}`,
      'mandate.deadlineHours',
    );
  }

  let regionCode: string | null = null;
  if (input.regionCode !== null && input.regionCode !== undefined) {
    regionCode = input.regionCode.trim();
    const own = regionPrefix(origin);
    if (!REGION_CODE_PATTERN.test(regionCode)) {
      throw new BadUserInputError(
        'regionCode must be 2, 4 or 6 digits of a 行政区划代码',
        'mandate.regionCode',
      );
    }
    // Inside the origin's region when its full 6-digit form is (`21` → `210000`, all of 辽宁).
    if (!inRegion(regionCode.padEnd(6, '0'), own)) {
      throw new BadUserInputError(
        `regionCode ${regionCode} is outside the publishing site's region ${own}`,
        'mandate.regionCode',
      );
    }
  }

  return {
    levels: LEVELS.filter((level) => seen.has(level)),
    regionCode,
    deadlineHours: hours,
  };
}
