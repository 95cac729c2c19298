import { BadUserInputError } from '../errors';
import { isLevel } from '../levels/level';
import { REGION_CODE_PATTERN, inRegion } from '../syndication/regionScope';
import type { DocumentTable } from './documentTable';
import { levelIndex } from './documentTable';
import type { SearchFilter } from './searchRequest';
import type { ValueDictionary } from './valueDictionary';

/** Whether the document in a slot passes the filter. */
export type SlotFilter = (slot: number) => boolean;

/**
 * Turns a filter into a test on table slots: every list into a mask over the dictionary ids of
 * its values, the region prefix into a mask over the known regions, so the test per match is a
 * few array reads. An empty list is no condition. Malformed input (a region code that is not 2,
 * 4 or 6 digits, an unknown level, an invalid date or a range that ends before it starts) is
 * BadUserInputError naming the filter field.
 */
export function compileFilter(filter: SearchFilter, table: DocumentTable): SlotFilter {
  const levels = levelMask(filter.levels);
  const regions = regionMask(filter.regionCode, table.regions);
  const sites = valueMask(filter.siteIds, table.sites);
  const issuers = valueMask(filter.issuers, table.issuers);
  const categories = valueMask(filter.categories, table.categories);
  const validities = valueMask(filter.validity, table.validities);
  const signed = dateRange(filter.signedFrom, filter.signedTo, 'signed');
  const published = dateRange(filter.publishedFrom, filter.publishedTo, 'published');

  return (slot) =>
    (levels === null || levels[table.level[slot]] === 1) &&
    (regions === null || regions[table.region[slot]] === 1) &&
    (sites === null || sites[table.site[slot]] === 1) &&
    (issuers === null || issuers[table.issuer[slot]] === 1) &&
    (categories === null || categories[table.category[slot]] === 1) &&
    (validities === null || validities[table.validity[slot]] === 1) &&
    (signed === null || inRange(table.signedAt[slot], signed)) &&
    (published === null || inRange(table.publishedAt[slot], published));
}

function levelMask(levels: SearchFilter['levels']): Uint8Array | null {
  if (!levels || levels.length === 0) return null;
  const mask = new Uint8Array(3);
  for (const level of levels) {
    if (!isLevel(level)) {
      throw new BadUserInputError(`unknown level ${String(level)}`, 'filter.levels');
    }
    mask[levelIndex(level)] = 1;
  }
  return mask;
}

function regionMask(prefix: string | undefined, regions: ValueDictionary): Uint8Array | null {
  if (prefix === undefined) return null;
  if (!REGION_CODE_PATTERN.test(prefix)) {
    throw new BadUserInputError(
      `regionCode must be 2, 4 or 6 digits, got "${prefix}"`,
      'filter.regionCode',
    );
  }
  const mask = new Uint8Array(regions.size);
  for (let id = 0; id < regions.size; id++) if (inRegion(regions.label(id), prefix)) mask[id] = 1;
  return mask;
}

/** A mask over dictionary ids; null issuers and categories (NO_VALUE, -1) read as undefined. */
function valueMask(
  values: readonly string[] | undefined,
  dictionary: ValueDictionary,
): Uint8Array | null {
  if (!values || values.length === 0) return null;
  const mask = new Uint8Array(dictionary.size);
  for (const value of values) {
    const id = dictionary.find(value);
    if (id !== undefined) mask[id] = 1;
  }
  return mask;
}

interface Range {
  from: number;
  to: number;
}

function dateRange(
  from: Date | undefined,
  to: Date | undefined,
  name: 'signed' | 'published',
): Range | null {
  if (!from && !to) return null;
  const start = from ? checkedTime(from, `filter.${name}From`) : -Infinity;
  const end = to ? checkedTime(to, `filter.${name}To`) : Infinity;
  if (start > end) {
    throw new BadUserInputError(`${name}From is after ${name}To`, `filter.${name}From`);
  }
  return { from: start, to: end };
}

function checkedTime(date: Date, field: string): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new BadUserInputError(`${field} is not a valid date`, field);
  return time;
}

/** NaN (no date) is in no range. */
function inRange(time: number, range: Range): boolean {
  return time >= range.from && time <= range.to;
}
