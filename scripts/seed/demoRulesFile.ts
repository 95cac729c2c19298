import { z } from 'zod';
import type { Level } from '../../core/levels';
import { LEVELS, levelFromPrefix } from '../../core/levels';
import type { SiteDoc } from '../../core/model';
import { NOTICE_KINDS, REPOST_PUBLISH_MODES, SYNDICATION_MODES } from '../../core/model';
import { DemoDataError } from './demoDataError';
import { describeZodError } from './describeZodError';
import type { SeedRule } from './writeRules';

const SITE_ID = /^\d{10}(-\d{3})?$/;
/** 行政区划代码 prefix as rules accept it: 2 (province), 4 (city) or 6 (county) digits. */
const REGION_PREFIX = /^\d{2}(\d{2}(\d{2})?)?$/;
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const words = (max: number) => z.array(text(max)).max(50);
const siteId = z
  .string()
  .regex(SITE_ID, 'expected a site id (网站标识码 or <portal code>-<3 digits>)');

/**
 * One 转载规则 of `data/demo/rules.json`: the content of a RuleDoc (core/model/syndication.ts)
 * with `id` for `_id`; the level is the id's prefix, the seed adds version and timestamps.
 */
export const demoRuleSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z]+:rule-[0-9a-f]{20}$/, 'expected <level>:rule-<20 lower-case hex digits>')
      .refine(
        (id) => levelFromPrefix(id.slice(0, id.indexOf(':'))) !== null,
        'the prefix must be county, city or province',
      ),
    siteId,
    name: text(100),
    scope: z
      .object({
        siteIds: z.array(siteId).max(500),
        level: z.enum(LEVELS).nullable(),
        regionCode: z
          .string()
          .regex(REGION_PREFIX, 'expected a 行政区划代码 prefix of 2, 4 or 6 digits')
          .nullable(),
        columnIds: words(40),
      })
      .strict(),
    filter: z
      .object({
        kinds: z.array(z.enum(NOTICE_KINDS)),
        categories: words(200),
        topics: words(60),
        issuers: words(200),
        titleKeywords: words(100),
        docNumberCodes: words(40),
        inForceOnly: z.boolean(),
      })
      .strict(),
    mode: z.enum(SYNDICATION_MODES),
    targetColumnId: text(40).nullable(),
    publish: z.enum(REPOST_PUBLISH_MODES),
    enabled: z.boolean(),
  })
  .strict();

export const rulesFileSchema = z.array(demoRuleSchema);

export type DemoRule = z.infer<typeof demoRuleSchema>;

/** The level that keeps a rule: the prefix of its id (`city:rule-…` → CITY). */
export function demoRuleLevel(id: string): Level {
  const level = levelFromPrefix(id.slice(0, id.indexOf(':')));
  if (!level) throw new Error(`not a rule id: ${id}`);
  return level;
}

/**
 * Validates the parsed JSON of the demo 转载规则 against the site directory: each entry's shape,
 * then its references (unique ids, an existing subscribing site whose level is the id's prefix,
 * a target column of that site, existing scoped sites, scoped columns some source site has).
 * A DemoDataError names the file and the field.
 */
export function parseDemoRulesFile(
  data: unknown,
  file: string,
  sites: readonly SiteDoc[],
): SeedRule[] {
  const parsed = rulesFileSchema.safeParse(data);
  if (!parsed.success) throw new DemoDataError(describeZodError(file, parsed.error));
  const problems = rulesProblems(parsed.data, sites);
  if (problems.length > 0) {
    throw new DemoDataError(
      `invalid demo data file ${file}:\n${problems.map((p) => `  ${file}: ${p}`).join('\n')}`,
    );
  }
  return parsed.data.map(({ id, ...rule }) => ({ _id: id, level: demoRuleLevel(id), ...rule }));
}

function rulesProblems(rules: readonly DemoRule[], sites: readonly SiteDoc[]): string[] {
  const problems: string[] = [];
  const byId = new Map(sites.map((site) => [site._id, site]));
  const ids = new Set<string>();
  rules.forEach((rule, i) => {
    const at = (field: string) => `[${i}] ${rule.id}.${field}`;
    if (ids.has(rule.id)) problems.push(`${at('id')}: duplicate rule id`);
    ids.add(rule.id);
    const site = byId.get(rule.siteId);
    if (!site) {
      problems.push(`${at('siteId')}: no site ${rule.siteId} in the directory`);
    } else {
      const level = demoRuleLevel(rule.id);
      if (level !== site.level) {
        problems.push(
          `${at('id')}: the prefix says ${level} but site ${site._id} (${site.name}) is ${site.level}`,
        );
      }
      if (
        rule.targetColumnId !== null &&
        !site.columns.some((column) => column.id === rule.targetColumnId)
      ) {
        problems.push(
          `${at('targetColumnId')}: site ${site._id} (${site.name}) has no column ${rule.targetColumnId}`,
        );
      }
    }
    rule.scope.siteIds.forEach((id, j) => {
      if (!byId.has(id))
        problems.push(`${at(`scope.siteIds.${j}`)}: no site ${id} in the directory`);
    });
    const sources = scopedSites(rule, sites);
    rule.scope.columnIds.forEach((columnId, j) => {
      if (!sources.some((source) => source.columns.some((column) => column.id === columnId))) {
        problems.push(`${at(`scope.columnIds.${j}`)}: no site in scope has a column ${columnId}`);
      }
    });
  });
  return problems;
}

/**
 * The directory sites a rule's scope can reach: its site ids, and every site of its level and
 * region (all sites when neither is set and no site is named). Lenient on purpose: it only
 * serves to check that a scoped column exists somewhere.
 */
function scopedSites(rule: DemoRule, sites: readonly SiteDoc[]): SiteDoc[] {
  const { siteIds, level, regionCode } = rule.scope;
  const byArea = siteIds.length === 0 || level !== null || regionCode !== null;
  const region = regionCode === null ? null : significantPrefix(regionCode);
  return sites.filter(
    (site) =>
      siteIds.includes(site._id) ||
      (byArea &&
        (level === null || site.level === level) &&
        (region === null || site.regionCode.startsWith(region))),
  );
}

/** `210000` names all of 辽宁 like `21`: trailing `00` pairs past the first two digits drop. */
function significantPrefix(prefix: string): string {
  let out = prefix;
  while (out.length > 2 && out.endsWith('00')) out = out.slice(0, -2);
  return out;
}
