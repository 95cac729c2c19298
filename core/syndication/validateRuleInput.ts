import { BadUserInputError } from '../errors/errors';
import { isLevel } from '../levels/level';
import type { NoticeKind } from '../model/notice';
import { NOTICE_KINDS } from '../model/notice';
import type { SiteDoc } from '../model/site';
import type { RuleDoc, RuleFilter } from '../model/syndication';
import { REPOST_PUBLISH_MODES, SYNDICATION_MODES } from '../model/syndication';
import { REGION_CODE_PATTERN } from './regionScope';
import type { DirectoryLookup, RuleInput } from './types';

const MAX_NAME = 100;
const MAX_SITE_IDS = 200;
const MAX_COLUMN_IDS = 50;
const COLUMN_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_FILTER_ENTRIES = 50;
const MAX_FILTER_ENTRY = 100;

type TextFilterName = 'categories' | 'topics' | 'issuers' | 'titleKeywords' | 'docNumberCodes';
const TEXT_FILTERS: readonly TextFilterName[] = [
  'categories',
  'topics',
  'issuers',
  'titleKeywords',
  'docNumberCodes',
];

/**
 * Checks a 转载规则 a site admin submits for `subscriber` and returns its stored fields, with
 * absent lists as [], `publish` IMMEDIATELY, `enabled` true and `inForceOnly` false by default.
 * Throws BadUserInputError naming the field:
 * - `name`: 1 to 100 characters after trimming (stored trimmed);
 * - `scope`: at least one of siteIds, level or regionCode, so a rule never takes every site;
 * - `scope.siteIds`: at most 200, no repeats, each a site of the directory other than the
 *   subscriber; `scope.level`: a level; `scope.regionCode`: 2, 4 or 6 digits;
 * - `scope.columnIds`: at most 50 ids of 1 to 64 characters `[A-Za-z0-9_-]` (repeats dropped);
 * - `filter.<name>`: at most 50 entries, each 1 to 100 characters after trimming (stored trimmed,
 *   repeats dropped); `filter.kinds` notice kinds;
 * - `mode`, `publish`: one of their values; `targetColumnId`: one of the subscriber's columns.
 */
export function validateRuleInput(
  input: RuleInput,
  subscriber: SiteDoc,
  directory: DirectoryLookup,
): Pick<RuleDoc, 'name' | 'scope' | 'filter' | 'mode' | 'targetColumnId' | 'publish' | 'enabled'> {
  const name = (input.name ?? '').trim();
  if (charCount(name) < 1 || charCount(name) > MAX_NAME) {
    throw new BadUserInputError(`name must be 1 to ${MAX_NAME} characters`, 'name');
  }

  const scopeInput = input.scope ?? {};
  const siteIds = scopeInput.siteIds ?? [];
  const level = scopeInput.level ?? null;
  const regionCode = scopeInput.regionCode?.trim() ?? null;
  if (siteIds.length === 0 && level === null && regionCode === null) {
    throw new BadUserInputError(
      'a rule needs a scope: list source sites (siteIds), or give a level and/or a region code ' +
        '(e.g. level CITY with regionCode 21 for every city site of the province)',
      'scope',
    );
  }
  checkSiteIds(siteIds, subscriber, directory);
  if (level !== null && !isLevel(level)) {
    throw new BadUserInputError(`unknown level ${String(level)}`, 'scope.level');
  }
  if (regionCode !== null && !REGION_CODE_PATTERN.test(regionCode)) {
    throw new BadUserInputError(
      'regionCode must be 2, 4 or 6 digits of a 行政区划代码',
      'scope.regionCode',
    );
  }
  const columnIds = checkColumnIds(scopeInput.columnIds ?? []);

  const filterInput = input.filter ?? {};
  const kinds = checkKinds(filterInput.kinds ?? []);
  const text = {} as Record<TextFilterName, string[]>;
  for (const key of TEXT_FILTERS) text[key] = checkTextList(filterInput[key] ?? [], key);
  const filter: RuleFilter = { kinds, ...text, inForceOnly: filterInput.inForceOnly ?? false };

  if (!(SYNDICATION_MODES as readonly string[]).includes(input.mode)) {
    throw new BadUserInputError(`mode must be one of ${SYNDICATION_MODES.join(', ')}`, 'mode');
  }
  const publish = input.publish ?? 'IMMEDIATELY';
  if (!(REPOST_PUBLISH_MODES as readonly string[]).includes(publish)) {
    throw new BadUserInputError(
      `publish must be one of ${REPOST_PUBLISH_MODES.join(', ')}`,
      'publish',
    );
  }
  const targetColumnId = input.targetColumnId ?? null;
  if (targetColumnId !== null && !subscriber.columns.some((c) => c.id === targetColumnId)) {
    throw new BadUserInputError(
      `${subscriber.name} has no column ${targetColumnId}`,
      'targetColumnId',
    );
  }

  return {
    name,
    scope: { siteIds: [...siteIds], level, regionCode, columnIds },
    filter,
    mode: input.mode,
    targetColumnId,
    publish,
    enabled: input.enabled ?? true,
  };
}

function checkSiteIds(siteIds: string[], subscriber: SiteDoc, directory: DirectoryLookup): void {
  const field = 'scope.siteIds';
  if (siteIds.length > MAX_SITE_IDS) {
    throw new BadUserInputError(`at most ${MAX_SITE_IDS} source sites`, field);
  }
  const seen = new Set<string>();
  for (const id of siteIds) {
    if (seen.has(id)) throw new BadUserInputError(`site ${id} is listed twice`, field);
    seen.add(id);
    if (id === subscriber._id) {
      throw new BadUserInputError('a site cannot repost from itself', field);
    }
    if (!directory.site(id)) throw new BadUserInputError(`unknown site ${id}`, field);
  }
}

function checkColumnIds(columnIds: string[]): string[] {
  if (columnIds.length > MAX_COLUMN_IDS) {
    throw new BadUserInputError(`at most ${MAX_COLUMN_IDS} columns`, 'scope.columnIds');
  }
  for (const id of columnIds) {
    if (typeof id !== 'string' || !COLUMN_ID.test(id)) {
      throw new BadUserInputError(
        `column id ${JSON.stringify(id)} must be 1 to 64 characters of A-Z a-z 0-9 _ -`,
        'scope.columnIds',
      );
    }
  }
  return [...new Set(columnIds)];
}

function checkKinds(kinds: NoticeKind[]): NoticeKind[] {
  if (kinds.length > MAX_FILTER_ENTRIES) {
    throw new BadUserInputError(`at most ${MAX_FILTER_ENTRIES} kinds`, 'filter.kinds');
  }
  for (const kind of kinds) {
    if (!(NOTICE_KINDS as readonly string[]).includes(kind)) {
      throw new BadUserInputError(`unknown notice kind ${String(kind)}`, 'filter.kinds');
    }
  }
  return [...new Set(kinds)];
}

function checkTextList(values: string[], key: TextFilterName): string[] {
  const field = `filter.${key}`;
  if (values.length > MAX_FILTER_ENTRIES) {
    throw new BadUserInputError(`at most ${MAX_FILTER_ENTRIES} ${key}`, field);
  }
  const out: string[] = [];
  for (const value of values) {
    const trimmed = typeof value === 'string' ? value.trim() : '';
    const length = charCount(trimmed);
    if (length < 1 || length > MAX_FILTER_ENTRY) {
      throw new BadUserInputError(
        `each of ${key} must be 1 to ${MAX_FILTER_ENTRY} characters (empty entries are refused)`,
        field,
      );
    }
    if (!out.includes(trimmed)) out.push(trimmed);
  }
  return out;
}

/** Characters as people count them (code points, so a rare ideograph outside the BMP is one). */
function charCount(text: string): number {
  return [...text].length;
}
