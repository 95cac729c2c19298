import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { levelRank } from '../../core/levels';
import { findRepoRoot } from '../../core/process/findRepoRoot';
import type { SiteDoc } from '../../core/model';
import type { DemoNoticeFile } from './demoNoticeFile';
import { parseDemoNoticeFile } from './demoNoticeFile';
import { parseDemoRulesFile } from './demoRulesFile';
import { parseDemoSitesFile } from './demoSitesFile';
import { DemoDataError } from './demoDataError';
import type { SeedRule } from './writeRules';

export interface DemoNotice {
  /** Path of the file, relative to the data directory (`notices/faku-county-2022-0421.json`). */
  file: string;
  notice: DemoNoticeFile;
}

export interface DemoCluster {
  dir: string;
  sites: SiteDoc[];
  /** The 转载规则 of `rules.json`, each with the level that keeps it. */
  rules: SeedRule[];
  notices: DemoNotice[];
}

const SITES_FILE = 'sites.json';
const RULES_FILE = 'rules.json';
const NOTICES_DIR = 'notices';

/** The repository's `data/demo` directory (from the sources under jest and from dist/ when built). */
export function findDemoDataDir(): string {
  return join(findRepoRoot(__dirname), 'data', 'demo');
}

/**
 * Reads and validates the demo cluster: the site directory, every notice file (each notice on
 * an existing site and column, a mandate only for lower levels inside the publisher's region)
 * and the 转载规则 (on existing sites and columns). Any problem is a DemoDataError naming the
 * file and field.
 */
export function loadDemoCluster(dir: string = findDemoDataDir()): DemoCluster {
  const sites = parseDemoSitesFile(readJson(dir, SITES_FILE), SITES_FILE);
  const byId = new Map(sites.map((site) => [site._id, site]));
  const files = readdirSync(join(dir, NOTICES_DIR))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `${NOTICES_DIR}/${name}`);
  const notices = files.map((file) => {
    const notice = parseDemoNoticeFile(readJson(dir, file), file);
    const site = byId.get(notice.siteId);
    if (!site)
      throw new DemoDataError(
        `invalid demo data file ${file}:\n  ${file}: siteId: no site ${notice.siteId} in ${SITES_FILE}`,
      );
    if (notice.columnId !== null && !site.columns.some((column) => column.id === notice.columnId)) {
      throw new DemoDataError(
        `invalid demo data file ${file}:\n  ${file}: columnId: site ${site._id} (${site.name}) has no column ${notice.columnId}`,
      );
    }
    if (notice.kind === 'INTERPRETATION') {
      throw new DemoDataError(
        `invalid demo data file ${file}:\n  ${file}: kind: interpretations are generated with their policy, not loaded from files`,
      );
    }
    const problem = notice.mandate ? mandateProblem(notice.mandate, site) : null;
    if (problem) throw new DemoDataError(`invalid demo data file ${file}:\n  ${file}: ${problem}`);
    return { file, notice };
  });
  const rules = parseDemoRulesFile(readJson(dir, RULES_FILE), RULES_FILE, sites);
  return { dir, sites, rules, notices };
}

/** Region-code digits naming a site's own region: province 2, city 4, county 6. */
const OWN_REGION_DIGITS = { PROVINCE: 2, CITY: 4, COUNTY: 6 } as const;

/** What is wrong with a notice's 下行 mandate given its site (`mandate.<field>: …`), or null. */
function mandateProblem(
  mandate: NonNullable<DemoNoticeFile['mandate']>,
  site: SiteDoc,
): string | null {
  const i = mandate.levels.findIndex((level) => levelRank(level) >= levelRank(site.level));
  if (i >= 0) {
    return `mandate.levels.${i}: a ${site.level} notice can only require lower levels, not ${mandate.levels[i]}`;
  }
  const own = site.regionCode.slice(0, OWN_REGION_DIGITS[site.level]);
  if (mandate.regionCode !== null && !mandate.regionCode.startsWith(own)) {
    return `mandate.regionCode: ${mandate.regionCode} is not within the publisher's region ${own} (${site.name})`;
  }
  return null;
}

function readJson(dir: string, file: string): unknown {
  const path = join(dir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DemoDataError(
      `cannot read demo data file ${relative(process.cwd(), path) || path}: ${String(error)}`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DemoDataError(`invalid demo data file ${file}: not valid JSON (${reason})`);
  }
}
