import type { Level } from '../../levels/level';
import { levelPrefix } from '../../levels/level';
import type { ColumnDoc, SiteDoc } from '../../model/site';
import type { RuleDoc, RuleFilter, RuleScope } from '../../model/syndication';
import type { DirectoryLookup, SyndicationCandidate } from '../types';

/** A portal or sub-site of the test directory. */
function site(
  _id: string,
  name: string,
  level: Level,
  regionCode: string,
  columns: ColumnDoc[] = [],
  kind: SiteDoc['kind'] = 'PORTAL',
): SiteDoc {
  const code = _id.split('-')[0];
  return {
    _id,
    code,
    name,
    level,
    kind,
    regionCode,
    parentId: kind === 'SUBSITE' ? code : null,
    url: `https://${code}.gov.cn.example`,
    columns,
  };
}

const policy: ColumnDoc = { id: 'zcwj', name: '政策文件', kind: 'POLICY' };
const repost: ColumnDoc = { id: 'sjwj', name: '上级文件', kind: 'REPOST' };
const repost2: ColumnDoc = { id: 'zzxx', name: '转载信息', kind: 'REPOST' };
const news: ColumnDoc = { id: 'zwdt', name: '政务动态', kind: 'NEWS' };

export const LIAONING = site('2100000001', '辽宁省人民政府', 'PROVINCE', '210000', [policy, news]);
export const LIAONING_DEPT = site(
  '2100000001-1',
  '辽宁省发展和改革委员会',
  'PROVINCE',
  '210000',
  [policy],
  'SUBSITE',
);
export const SHENYANG = site('2101000001', '沈阳市人民政府', 'CITY', '210100', [
  policy,
  news,
  repost,
  repost2,
]);
export const SHENYANG_DEPT = site(
  '2101000001-1',
  '沈阳市教育局',
  'CITY',
  '210100',
  [repost2],
  'SUBSITE',
);
export const ANSHAN = site('2103000001', '鞍山市人民政府', 'CITY', '210300', [policy, news]);
export const FAKU = site('2101240002', '法库县人民政府', 'COUNTY', '210124', [policy, repost]);
export const TAIAN = site('2103210001', '台安县人民政府', 'COUNTY', '210321', [repost2, repost]);
export const JIANGXI = site('3600000001', '江西省人民政府', 'PROVINCE', '360000', [policy]);
export const NANCHANG = site('3601000001', '南昌市人民政府', 'CITY', '360100', [repost]);
export const NANCHANG_XIAN = site('3601210001', '南昌县人民政府', 'COUNTY', '360121', [repost]);

export const ALL_SITES: readonly SiteDoc[] = [
  LIAONING,
  LIAONING_DEPT,
  SHENYANG,
  SHENYANG_DEPT,
  ANSHAN,
  FAKU,
  TAIAN,
  JIANGXI,
  NANCHANG,
  NANCHANG_XIAN,
];

/** A DirectoryLookup over the given sites (all of the test directory unless told). */
export function directoryOf(sites: readonly SiteDoc[] = ALL_SITES): DirectoryLookup {
  const byId = new Map(sites.map((s) => [s._id, s]));
  return {
    site: (id) => byId.get(id) ?? null,
    sitesOfLevel: (level) => sites.filter((s) => s.level === level),
  };
}

export const directory = directoryOf();

/** A PUBLISHED province policy of 辽宁 with a 文号, in force, no mandate; override as needed. */
export function candidate(overrides: Partial<SyndicationCandidate> = {}): SyndicationCandidate {
  return {
    id: 'province:notice-1',
    level: 'PROVINCE',
    siteId: LIAONING._id,
    columnId: 'zcwj',
    kind: 'POLICY',
    title: '辽宁省人民政府关于印发优化营商环境条例实施办法的通知',
    docNumber: {
      raw: '辽政发〔2024〕5号',
      issuerCode: '辽政发',
      year: 2024,
      serial: 5,
      normalized: '辽政发〔2024〕5号',
    },
    issuer: '辽宁省人民政府',
    category: '综合政务',
    topics: ['营商环境', '市场监管'],
    validity: 'IN_FORCE',
    status: 'PUBLISHED',
    mandate: null,
    ...overrides,
  };
}

/** `<level>:rule-<20 hex>` from a small number, so ids sort as the numbers do. */
export function ruleId(level: Level, n: number): string {
  return `${levelPrefix(level)}:rule-${n.toString(16).padStart(20, '0')}`;
}

const at = new Date('2024-03-01T00:00:00Z');

/**
 * An enabled IMMEDIATELY REPOST rule of 沈阳 taking every province site, with an empty filter;
 * `scope` and `filter` overrides merge into those defaults.
 */
export function rule(
  overrides: Omit<Partial<RuleDoc>, 'scope' | 'filter'> & {
    scope?: Partial<RuleScope>;
    filter?: Partial<RuleFilter>;
  } = {},
): RuleDoc {
  const { scope, filter, ...rest } = overrides;
  return {
    _id: ruleId('CITY', 1),
    level: 'CITY',
    siteId: SHENYANG._id,
    name: '转载省政府文件',
    mode: 'REPOST',
    targetColumnId: null,
    publish: 'IMMEDIATELY',
    enabled: true,
    version: 1,
    createdBy: 'admin',
    createdAt: at,
    updatedBy: 'admin',
    updatedAt: at,
    ...rest,
    scope: { siteIds: [], level: 'PROVINCE', regionCode: null, columnIds: [], ...scope },
    filter: {
      kinds: [],
      categories: [],
      topics: [],
      issuers: [],
      titleKeywords: [],
      docNumberCodes: [],
      inForceOnly: false,
      ...filter,
    },
  };
}

/** The `_id`s of sites, for compact expectations. */
export function ids(sites: readonly SiteDoc[]): string[] {
  return sites.map((s) => s._id);
}
