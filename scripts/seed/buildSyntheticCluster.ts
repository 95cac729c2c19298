import type { Level } from '../../core/levels';
import type { ColumnDoc, SiteDoc } from '../../core/model';
import { DEPARTMENTS, departmentName } from './departments';
import { createRandom } from './random';
import { PlaceNames } from './syntheticNames';

export interface SyntheticClusterOptions {
  cities: number;
  counties: number;
  seed: number;
}

/** Region codes of the synthetic province: 99 is no real province, so ids never meet real ones. */
export const SYNTHETIC_PROVINCE_REGION = '990000';
export const MAX_SYNTHETIC_CITIES = 99;
export const MAX_COUNTIES_PER_CITY = 99;
const PROVINCE_NAME = '示范省';
const DOMAIN = 'shifan.gov.cn';

const PORTAL_COLUMNS: ColumnDoc[] = [
  { id: 'zcwj', name: '政策文件', kind: 'POLICY' },
  { id: 'zcjd', name: '政策解读', kind: 'INTERPRETATION' },
  { id: 'tzgg', name: '通知公告', kind: 'ANNOUNCEMENT' },
  { id: 'zfgb', name: '政府公报', kind: 'GAZETTE' },
  { id: 'zdlyxxgk', name: '重点领域信息公开', kind: 'KEY_AREAS' },
  { id: 'sjwj', name: '上级文件', kind: 'REPOST' },
  { id: 'zwdt', name: '政务动态', kind: 'NEWS' },
];
const DEPARTMENT_COLUMNS: ColumnDoc[] = [
  { id: 'zcwj', name: '政策文件', kind: 'POLICY' },
  { id: 'zcjd', name: '政策解读', kind: 'INTERPRETATION' },
  { id: 'tzgg', name: '通知公告', kind: 'ANNOUNCEMENT' },
  { id: 'gzdt', name: '工作动态', kind: 'NEWS' },
];
const OFFICE_COLUMNS: ColumnDoc[] = [
  { id: 'zcwj', name: '政策文件', kind: 'POLICY' },
  { id: 'tzgg', name: '通知公告', kind: 'ANNOUNCEMENT' },
  { id: 'gzdt', name: '工作动态', kind: 'NEWS' },
];
const TOWNSHIP_COLUMNS: ColumnDoc[] = [
  { id: 'zcwj', name: '政策文件', kind: 'POLICY' },
  { id: 'tzgg', name: '通知公告', kind: 'ANNOUNCEMENT' },
  { id: 'xzdt', name: '乡镇动态', kind: 'NEWS' },
];

/** Checks the size of a synthetic cluster; the reason it cannot be built, or null. */
export function syntheticClusterProblem(cities: number, counties: number): string | null {
  if (cities < 1 || cities > MAX_SYNTHETIC_CITIES)
    return `--cities must be 1..${MAX_SYNTHETIC_CITIES}`;
  if (counties > cities * MAX_COUNTIES_PER_CITY) {
    return `--counties must be at most ${MAX_COUNTIES_PER_CITY} per city (${cities * MAX_COUNTIES_PER_CITY} for ${cities} cities)`;
  }
  return null;
}

/**
 * A synthetic cluster: one province (region 990000), `cities` cities (99xx00) and `counties`
 * counties (99xxyy) dealt round-robin to the cities, each portal with the usual columns and a
 * few sub-sites (departments; the county office and a township). Site ids are valid 10-digit
 * 网站标识码 that cannot collide with the demo cluster. Deterministic for a seed.
 */
export function buildSyntheticCluster(options: SyntheticClusterOptions): SiteDoc[] {
  const problem = syntheticClusterProblem(options.cities, options.counties);
  if (problem) throw new RangeError(problem);
  const names = new PlaceNames(createRandom(options.seed), ['示范']);
  const towns = new PlaceNames(createRandom(options.seed + 1));
  const sites: SiteDoc[] = [];
  const province = portal(
    SYNTHETIC_PROVINCE_REGION,
    PROVINCE_NAME,
    'PROVINCE',
    null,
    `https://www.${DOMAIN}/`,
  );
  sites.push(province, ...departmentSites(province, 'PROVINCE'));

  const cities: SiteDoc[] = [];
  for (let c = 1; c <= options.cities; c++) {
    const region = `99${pad2(c)}00`;
    const city = portal(
      region,
      `${names.next()}市`,
      'CITY',
      province._id,
      `https://c${region}.${DOMAIN}/`,
    );
    cities.push(city);
    sites.push(city, ...departmentSites(city, 'CITY'));
  }
  for (let k = 0; k < options.counties; k++) {
    const city = cities[k % cities.length];
    const region = `${city.regionCode.slice(0, 4)}${pad2(Math.floor(k / cities.length) + 1)}`;
    const name = `${names.next()}${k % 5 === 4 ? '区' : '县'}`;
    const county = portal(region, name, 'COUNTY', city._id, `https://x${region}.${DOMAIN}/`);
    sites.push(
      county,
      subSite(county, 1, `${name}人民政府办公室`, 'zfb', OFFICE_COLUMNS),
      ...departmentSites(county, 'COUNTY', 2),
      subSite(county, 4, `${name}${towns.next()}镇`, 'xz', TOWNSHIP_COLUMNS),
    );
  }
  return sites;
}

function portal(
  region: string,
  regionName: string,
  level: Level,
  parentId: string | null,
  url: string,
): SiteDoc {
  const id = `${region}0001`;
  return {
    _id: id,
    code: id,
    name: `${regionName}人民政府`,
    level,
    kind: 'PORTAL',
    regionCode: region,
    parentId,
    url,
    columns: PORTAL_COLUMNS.map((column) => ({ ...column })),
  };
}

function departmentSites(portalSite: SiteDoc, level: Level, firstSerial = 1): SiteDoc[] {
  const regionName = portalSite.name.replace(/人民政府$/u, '');
  return [DEPARTMENTS[0], DEPARTMENTS[1]].map((department, i) =>
    subSite(
      portalSite,
      firstSerial + i,
      `${regionName}${departmentName(department, level, false)}`,
      `bm${i + 1}`,
      DEPARTMENT_COLUMNS,
    ),
  );
}

function subSite(
  portalSite: SiteDoc,
  serial: number,
  name: string,
  path: string,
  columns: ColumnDoc[],
): SiteDoc {
  return {
    _id: `${portalSite._id}-${String(serial).padStart(3, '0')}`,
    code: portalSite._id,
    name,
    level: portalSite.level,
    kind: 'SUBSITE',
    regionCode: portalSite.regionCode,
    parentId: portalSite._id,
    url: `${portalSite.url}${path}/`,
    columns: columns.map((column) => ({ ...column })),
  };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
