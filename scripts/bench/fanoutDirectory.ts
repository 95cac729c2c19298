import type { ColumnDoc, SiteDoc } from '../../core/model';

/** Region of the fan-out province (99: no real province, as in the synthetic clusters). */
export const FANOUT_PROVINCE_REGION = '990000';
export const FANOUT_PROVINCE_SITE = '9900000001';
const MAX_COUNTIES = 99 * 99;

const COLUMNS: ColumnDoc[] = [
  { id: 'zcwj', name: '政策文件', kind: 'POLICY' },
  { id: 'tzgg', name: '通知公告', kind: 'ANNOUNCEMENT' },
  { id: 'sjwj', name: '上级文件', kind: 'REPOST' },
  { id: 'zwdt', name: '政务动态', kind: 'NEWS' },
];

/**
 * The directory of (b): one province portal and `counties` county portals inside its region,
 * each with a unique 6-digit code 99xxyy (xx 01.., yy 01..99) and a 上级文件 column for the
 * mandated copies. No cities and no sub-sites: a 下行 mandate to COUNTY expects exactly these.
 */
export function fanoutDirectory(counties: number): SiteDoc[] {
  if (!Number.isInteger(counties) || counties < 1 || counties > MAX_COUNTIES)
    throw new RangeError(`counties must be 1..${MAX_COUNTIES}`);
  const portal = (
    region: string,
    name: string,
    level: SiteDoc['level'],
    parentId: string | null,
  ) => ({
    _id: `${region}0001`,
    code: `${region}0001`,
    name,
    level,
    kind: 'PORTAL' as const,
    regionCode: region,
    parentId,
    url: `https://x${region}.fanout.gov.cn/`,
    columns: COLUMNS.map((column) => ({ ...column })),
  });
  const sites: SiteDoc[] = [portal(FANOUT_PROVINCE_REGION, '扇出省人民政府', 'PROVINCE', null)];
  for (let k = 0; k < counties; k++) {
    const region = `99${pad2(Math.floor(k / 99) + 1)}${pad2((k % 99) + 1)}`;
    sites.push(portal(region, `扇出${k + 1}县人民政府`, 'COUNTY', FANOUT_PROVINCE_SITE));
  }
  return sites;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
