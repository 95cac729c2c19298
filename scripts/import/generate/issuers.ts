import type { Random } from '../../seed/random';
import type { Region } from './regions';

/** An organisation that signs documents and the prefix of its 文号. */
export interface Issuer {
  name: string;
  /** 法政办发: the 文号 is `${prefix}〔${year}〕${serial}号`. */
  prefix: string;
}

/** A department as county/city and province name it, and its 文号 abbreviation. */
export interface Department {
  key: DepartmentKey;
  local: string;
  province: string;
  abbr: string;
}

export type DepartmentKey =
  | 'office' | 'finance' | 'education' | 'health' | 'agriculture' | 'labour' | 'housing'
  | 'market' | 'culture' | 'emergency' | 'sport' | 'police' | 'environment' | 'civil'
  | 'development' | 'resources' | 'tax' | 'transport'; // prettier-ignore

const DEPARTMENTS: readonly Department[] = [
  { key: 'finance', local: '财政局', province: '财政厅', abbr: '财' },
  { key: 'education', local: '教育局', province: '教育厅', abbr: '教' },
  { key: 'health', local: '卫生健康局', province: '卫生健康委员会', abbr: '卫健' },
  { key: 'agriculture', local: '农业农村局', province: '农业农村厅', abbr: '农' },
  { key: 'labour', local: '人力资源和社会保障局', province: '人力资源和社会保障厅', abbr: '人社' },
  { key: 'housing', local: '住房和城乡建设局', province: '住房和城乡建设厅', abbr: '建' },
  { key: 'market', local: '市场监督管理局', province: '市场监督管理局', abbr: '市监' },
  { key: 'culture', local: '文化旅游和广播电视局', province: '文化和旅游厅', abbr: '文旅' },
  { key: 'emergency', local: '应急管理局', province: '应急管理厅', abbr: '应急' },
  { key: 'sport', local: '体育局', province: '体育局', abbr: '体' },
  { key: 'police', local: '公安局', province: '公安厅', abbr: '公' },
  { key: 'environment', local: '生态环境分局', province: '生态环境厅', abbr: '环' },
  { key: 'civil', local: '民政局', province: '民政厅', abbr: '民' },
  { key: 'development', local: '发展和改革局', province: '发展和改革委员会', abbr: '发改' },
  { key: 'resources', local: '自然资源局', province: '自然资源厅', abbr: '自然资' },
  { key: 'transport', local: '交通运输局', province: '交通运输厅', abbr: '交' },
];

/** 法库县人民政府 (法政发). */
export function governmentOf(region: Region): Issuer {
  return { name: `${region.name}人民政府`, prefix: `${region.short}${region.govChar}发` };
}

/** 法库县人民政府办公室 (法政办发); a province has a 办公厅. */
export function officeOf(region: Region): Issuer {
  const office = region.level === 'province' ? '办公厅' : '办公室';
  return {
    name: `${region.name}人民政府${office}`,
    prefix: `${region.short}${region.govChar}办发`,
  };
}

/** A department of the region's government: 法库县财政局 (法财发), 辽宁省财政厅 (辽财发). */
export function departmentOf(region: Region, key: DepartmentKey): Issuer {
  if (key === 'office') return officeOf(region);
  if (key === 'tax') {
    return { name: `国家税务总局${region.name}税务局`, prefix: `${region.short}税发` };
  }
  const department = DEPARTMENTS.find((candidate) => candidate.key === key);
  if (!department) throw new Error(`unknown department ${key}`);
  const name = region.level === 'province' ? department.province : department.local;
  return { name: `${region.name}${name}`, prefix: `${region.short}${department.abbr}发` };
}

/** The 文号 of a document: 辽政办发〔2023〕12号, sometimes with the brackets sites also print. */
export function docNumberOf(random: Random, issuer: Issuer, year: number): string {
  const serial = random.chance(0.7) ? random.int(1, 60) : random.int(61, 260);
  const [open, close] = random.pick([
    ['〔', '〕'],
    ['〔', '〕'],
    ['〔', '〕'],
    ['[', ']'],
    ['［', '］'],
  ]);
  return `${issuer.prefix}${open}${year}${close}${serial}号`;
}

/** The addressees of a government's documents (主送机关). */
export function salutationOf(random: Random, region: Region, issuer: Issuer): string {
  const government = governmentOf(region).name;
  if (issuer.name !== government && issuer.name !== officeOf(region).name) {
    return random.pick([
      `各${region.placeUnit}${lowerBodies(region)}，${region.unit}直各有关单位：`,
      '局属各单位，机关各科室：',
      `各${region.placeUnit}有关部门，各有关单位：`,
    ]);
  }
  switch (region.level) {
    case 'province':
      return random.pick([
        `各${region.placeUnit}人民政府，省政府各厅委、各直属机构：`,
        `各${region.placeUnit}人民政府，省政府各部门、各直属机构：`,
      ]);
    case 'city':
      return random.pick([
        `各${region.placeUnit}人民政府，市政府各部门，各有关单位：`,
        `各${region.placeUnit}人民政府，各开发区管委会，市政府各委、办、局：`,
      ]);
    case 'county':
      return random.pick([
        `各${region.placeUnit}人民政府，${region.unit}政府各部门：`,
        `各${region.placeUnit}人民政府(街道办事处)，${region.unit}政府各部门，${region.unit}属、驻${region.unit}各单位：`,
        `各${region.placeUnit}，${region.unit}直各单位：`,
      ]);
  }
}

function lowerBodies(region: Region): string {
  return region.level === 'county' ? '' : '人民政府';
}
