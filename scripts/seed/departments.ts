import type { Level } from '../../core/levels';
import type { Subject } from './subjects';

/** A government department (组成部门) as it appears at each level, with its 文号 abbreviation. */
export interface Department {
  /** Abbreviation between the region short name and 发: 法 + 发改 + 发 = 法发改发. */
  abbr: string;
  /** Name at county level in Liaoning style, city level and province level. */
  county: string;
  /** Name at county level where the province names it differently (Jiangxi: 发展和改革委员会). */
  countyAlt?: string;
  city: string;
  province: string;
  /** 主题分类 the department drafts documents for. */
  categories: readonly string[];
  /** Topics it drafts within categories that belong to the government office (综合政务). */
  topics?: readonly string[];
}

export const DEPARTMENTS: readonly Department[] = [
  {
    abbr: '发改',
    county: '发展和改革局',
    countyAlt: '发展和改革委员会',
    city: '发展和改革委员会',
    province: '发展和改革委员会',
    categories: ['国民经济管理'],
  },
  { abbr: '财', county: '财政局', city: '财政局', province: '财政厅', categories: ['财政'] },
  { abbr: '教', county: '教育局', city: '教育局', province: '教育厅', categories: ['教育'] },
  {
    abbr: '农',
    county: '农业农村局',
    city: '农业农村局',
    province: '农业农村厅',
    categories: ['农业'],
  },
  {
    abbr: '卫健',
    county: '卫生健康局',
    countyAlt: '卫生健康委员会',
    city: '卫生健康委员会',
    province: '卫生健康委员会',
    categories: ['卫生'],
  },
  {
    abbr: '住建',
    county: '住房和城乡建设局',
    city: '住房和城乡建设局',
    province: '住房和城乡建设厅',
    categories: ['城乡建设'],
  },
  {
    abbr: '人社',
    county: '人力资源和社会保障局',
    city: '人力资源和社会保障局',
    province: '人力资源和社会保障厅',
    categories: ['劳动、人事', '社会保障'],
  },
  { abbr: '民', county: '民政局', city: '民政局', province: '民政厅', categories: ['民政'] },
  {
    abbr: '司',
    county: '司法局',
    city: '司法局',
    province: '司法厅',
    categories: [],
    topics: ['法治政府', '规范性文件'],
  },
  {
    abbr: '应急',
    county: '应急管理局',
    city: '应急管理局',
    province: '应急管理厅',
    categories: ['安全生产监管'],
  },
  {
    abbr: '自然资',
    county: '自然资源局',
    city: '自然资源局',
    province: '自然资源厅',
    categories: ['国土资源、能源'],
  },
];

/** The department's name at a level (`alt` picks the county variant some provinces use). */
export function departmentName(department: Department, level: Level, alt: boolean): string {
  if (level === 'PROVINCE') return department.province;
  if (level === 'CITY') return department.city;
  return alt && department.countyAlt ? department.countyAlt : department.county;
}

/** The department a site name ends with (法库县发展和改革局 → 发改), or null. */
export function findDepartment(name: string): Department | null {
  for (const department of DEPARTMENTS) {
    const names = [department.county, department.countyAlt, department.city, department.province];
    if (names.some((candidate) => candidate !== undefined && name.endsWith(candidate))) {
      return department;
    }
  }
  return null;
}

/** The department drafting documents on a subject; null when the government office does. */
export function departmentFor(subject: Subject): Department | null {
  return (
    DEPARTMENTS.find(
      (department) =>
        department.categories.includes(subject.category) ||
        department.topics?.includes(subject.topic),
    ) ?? null
  );
}
