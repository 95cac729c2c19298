import { departmentFor } from './departments';
import type { DocumentForm } from './noticeTitles';
import type { Random } from './random';
import type { Issuer, SiteProfile } from './siteProfile';
import type { Subject } from './subjects';
import { SUBJECTS } from './subjects';

/** The signing organisation of a document and the 文号 prefix it is numbered under (null: none). */
export interface IssuerChoice {
  issuer: Issuer;
  prefix: string | null;
}

const TOWNSHIP_CATEGORIES = new Set(['农业', '安全生产监管', '民政', '综合政务', '卫生']);

/** The subjects a site publishes on: everything for a portal, its own field for a sub-site. */
export function subjectsFor(profile: SiteProfile): readonly Subject[] {
  const own = SUBJECTS.filter((subject) => {
    switch (profile.role) {
      case 'GOVERNMENT':
        return true;
      case 'OFFICE':
        return subject.category === '综合政务' && departmentFor(subject) === null;
      case 'DEPARTMENT':
        return departmentFor(subject) === profile.department;
      case 'TOWNSHIP':
        return TOWNSHIP_CATEGORIES.has(subject.category);
    }
  });
  return own.length > 0 ? own : SUBJECTS;
}

/**
 * Who signs a document of a given form and under which 文号 prefix. On a portal the government
 * issues 批复 and some 实施意见, its office the rest (明电 for urgent work notices); announcements
 * come from the drafting department, unnumbered. A sub-site publishes under its own name.
 */
export function chooseIssuer(
  random: Random,
  profile: SiteProfile,
  form: DocumentForm,
  subject: Subject,
): IssuerChoice {
  const announcement = form === 'CHECK' || form === 'CONSULT';
  if (profile.role !== 'GOVERNMENT') {
    const numbered = announcement ? random.chance(0.3) : random.chance(0.92);
    return { issuer: profile.publisher, prefix: numbered ? profile.publisher.prefix : null };
  }
  const { government, office } = profile;
  if (announcement) {
    const drafter = profile.drafterOf(subject);
    const numbered = drafter === office && random.chance(0.3);
    return { issuer: drafter, prefix: numbered ? office.prefix : null };
  }
  if (random.chance(0.04)) return { issuer: office, prefix: null };
  switch (form) {
    case 'APPROVAL':
      return { issuer: government, prefix: profile.approvalPrefix ?? government.prefix };
    case 'OPINION':
    case 'ISSUE_RULES': {
      const issuer = random.chance(0.5) ? government : office;
      return { issuer, prefix: issuer.prefix };
    }
    case 'WORK': {
      const urgent = office.urgentPrefix !== null && random.chance(0.3);
      return { issuer: office, prefix: urgent ? office.urgentPrefix : office.prefix };
    }
    default: {
      const issuer = random.chance(0.3) ? government : office;
      return { issuer, prefix: issuer.prefix };
    }
  }
}

/** A document of the level above that a new one cites: 《…关于…的通知》(辽政办发〔2022〕31号). */
export function upperReference(
  random: Random,
  profile: SiteProfile,
  subject: Subject,
  year: number,
): string {
  const upper = profile.upper;
  const verb = random.pick(['进一步做好', '加强', '扎实推进', '切实做好']);
  const cited = year - random.int(0, 1);
  return `《${upper.name}关于${verb}${subject.subject}工作的通知》(${upper.prefix}〔${cited}〕${random.int(1, 120)}号)`;
}
