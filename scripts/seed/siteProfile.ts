import type { Level } from '../../core/levels';
import type { SiteDoc } from '../../core/model';
import type { Department } from './departments';
import { DEPARTMENTS, departmentFor, departmentName, findDepartment } from './departments';
import type { DocStyle } from './regionShortName';
import { docStyleOf, regionShortName, regionUnit } from './regionShortName';
import type { Subject } from './subjects';

/** What a site is: a government portal, or a sub-site of its office, a department or a township. */
export type SiteRole = 'GOVERNMENT' | 'OFFICE' | 'DEPARTMENT' | 'TOWNSHIP';

/** An organisation that issues documents, with the 文号 prefixes it uses. */
export interface Issuer {
  name: string;
  /** Prefix of its normative documents: 法政发, 法政办发, 法发改发. */
  prefix: string;
  /** Prefix of urgent 明电 documents, when it sends them: 法政办电. */
  urgentPrefix: string | null;
}

/** Everything the generator needs to write plausible documents for one site. */
export interface SiteProfile {
  site: SiteDoc;
  role: SiteRole;
  level: Level;
  /** The government's region: 法库县. */
  regionName: string;
  /** 县, 市 or 省 (for 我县, 全市, 省政府). */
  unit: string;
  style: DocStyle;
  /** Short name used in 文号: 法, 沈, 辽, 赣市. */
  short: string;
  /** The province's 简称: 辽, 赣. */
  provinceShort: string;
  /** 法库县人民政府 and its office 法库县人民政府办公室 (辽宁省人民政府办公厅). */
  government: Issuer;
  office: Issuer;
  /** The organisation that runs the site and publishes on it (the government for a portal). */
  publisher: Issuer;
  /** Prefix of 批复 from the government (法政〔2021〕3号, 寻府字〔2020〕8号), portals only. */
  approvalPrefix: string | null;
  /** The department of this site (department sub-sites only). */
  department: Department | null;
  /** The government one level up, whose documents this one implements (国务院办公厅 for a province). */
  upper: Issuer;
  /** The addressees (主送机关) of the government's documents. */
  salutation: string;
  /** A department of this government: 法库县财政局, 法财发. */
  departmentIssuer(department: Department): Issuer;
  /** Who drafts (and interprets) documents on a subject: a department, or the office. */
  drafterOf(subject: Subject): Issuer;
}

const STATE_COUNCIL_OFFICE: Issuer = {
  name: '国务院办公厅',
  prefix: '国办发',
  urgentPrefix: '国办发明电',
};

/** Builds the profile of every site of a directory (portals and sub-sites). */
export function buildSiteProfiles(sites: readonly SiteDoc[]): Map<string, SiteProfile> {
  const byId = new Map(sites.map((site) => [site._id, site]));
  const profiles = new Map<string, SiteProfile>();
  const portalProfile = (portal: SiteDoc): SiteProfile => {
    const known = profiles.get(portal._id);
    if (known) return known;
    const parent = portal.parentId ? byId.get(portal.parentId) : undefined;
    const parentProfile = parent ? portalProfile(parent) : null;
    const profile = governmentProfile(portal, parentProfile);
    profiles.set(portal._id, profile);
    return profile;
  };
  for (const site of sites) {
    if (site.kind === 'PORTAL') portalProfile(site);
  }
  for (const site of sites) {
    if (site.kind !== 'SUBSITE') continue;
    const portal = site.parentId ? byId.get(site.parentId) : undefined;
    if (!portal || portal.kind !== 'PORTAL') {
      throw new Error(`sub-site ${site._id} has no portal as parent (parentId ${site.parentId})`);
    }
    profiles.set(site._id, subSiteProfile(site, portalProfile(portal)));
  }
  return profiles;
}

function governmentProfile(portal: SiteDoc, parent: SiteProfile | null): SiteProfile {
  const regionName = portal.name.replace(/人民政府$/u, '');
  const level = portal.level;
  const style = docStyleOf(portal.regionCode);
  const short = regionShortName(regionName, parent ? parent.provinceShort : null);
  const unit = regionUnit(regionName);
  const s = style;
  const government: Issuer = { name: portal.name, prefix: `${short}${s}发`, urgentPrefix: null };
  const officeName =
    level === 'PROVINCE' || (level === 'CITY' && style === '政')
      ? '人民政府办公厅'
      : '人民政府办公室';
  const officeMark = style === '府' && level === 'PROVINCE' ? '厅' : '办';
  const office: Issuer = {
    name: `${regionName}${officeName}`,
    prefix: `${short}${s}${officeMark}发`,
    urgentPrefix:
      level === 'COUNTY' ? `${short}${s}${officeMark}电` : `${short}${s}${officeMark}明电`,
  };
  const departmentIssuer = (department: Department): Issuer => ({
    name: `${regionName}${departmentName(department, level, style === '府')}`,
    prefix: `${short}${department.abbr}发`,
    urgentPrefix: null,
  });
  return {
    site: portal,
    role: 'GOVERNMENT',
    level,
    regionName,
    unit,
    style,
    short,
    provinceShort: parent ? parent.provinceShort : short,
    government,
    office,
    publisher: government,
    approvalPrefix: style === '府' ? `${short}府字` : `${short}政`,
    department: null,
    upper: parent ? parent.office : STATE_COUNCIL_OFFICE,
    salutation: salutationFor(level, unit, style),
    departmentIssuer,
    drafterOf: (subject) => {
      const department = departmentFor(subject);
      return department ? departmentIssuer(department) : office;
    },
  };
}

function subSiteProfile(site: SiteDoc, portal: SiteProfile): SiteProfile {
  const local = site.name.startsWith(portal.regionName)
    ? site.name.slice(portal.regionName.length)
    : site.name;
  const base = { ...portal, site, upper: portal.office, approvalPrefix: null };
  if (/^人民政府办公(室|厅)$/u.test(local)) {
    const publisher: Issuer = {
      name: portal.office.name,
      prefix: `${portal.short}${portal.style}办函`,
      urgentPrefix: null,
    };
    return { ...base, role: 'OFFICE', publisher };
  }
  const department = findDepartment(local);
  if (department) {
    const publisher = { ...portal.departmentIssuer(department), name: site.name };
    const salutation = portal.level === 'COUNTY' ? '各乡镇(街道),各有关单位:' : '各有关单位:';
    return { ...base, role: 'DEPARTMENT', department, publisher, salutation };
  }
  const township = /^(.+?)(镇|乡|街道)$/u.exec(local);
  if (township) {
    const street = township[2] === '街道';
    const publisher: Issuer = {
      name: `${local}${street ? '办事处' : '人民政府'}`,
      prefix: `${[...township[1]][0]}${portal.style}发`,
      urgentPrefix: null,
    };
    const salutation = street ? '各社区,街道各科室:' : `各村(社区),${township[2]}直各单位:`;
    return { ...base, role: 'TOWNSHIP', unit: township[2], publisher, salutation };
  }
  throw new Error(
    `cannot tell what sub-site ${site._id} (${site.name}) is: expected the portal's office, ` +
      `a department (${DEPARTMENTS.map((d) => d.county).join('、')} …) or a township (镇/乡/街道)`,
  );
}

function salutationFor(level: Level, unit: string, style: DocStyle): string {
  if (level === 'PROVINCE') return '各市人民政府,省政府各部门、各直属机构:';
  if (level === 'CITY') return '各县(市)区人民政府,各开发区管委会,市政府各部门,各有关单位:';
  return style === '府'
    ? `各乡(镇)人民政府,${unit}政府各部门,${unit}属、驻${unit}各单位:`
    : `各镇人民政府、街道办事处,${unit}政府各部门:`;
}
