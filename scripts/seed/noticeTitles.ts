import type { NoticeKind } from '../../core/model';
import type { Random } from './random';
import type { SiteProfile } from './siteProfile';
import type { Subject } from './subjects';

/** The document forms the generator writes; each has its own title and body shape. */
export type DocumentForm =
  | 'ISSUE_PLAN' // 关于印发《…实施方案》的通知
  | 'ISSUE_RULES' // 关于印发《…管理办法》的通知
  | 'ISSUE_POINTS' // 关于印发…工作要点的通知
  | 'OPINION' // 关于进一步加强…工作的实施意见
  | 'WORK' // 关于做好…工作的通知
  | 'APPROVAL' // 关于…的批复
  | 'CHECK' // 关于开展…专项检查的通知
  | 'CONSULT' // 关于公开征求《…(征求意见稿)》意见的公告
  | 'INTERPRETATION'; // 《…》政策解读

export interface DocumentTitle {
  form: DocumentForm;
  title: string;
  /** The document a cover notice issues or a 公告 consults on (the text inside 《》), if any. */
  attachment: string | null;
}

const POLICY_FORMS: readonly DocumentForm[] = [
  'ISSUE_PLAN',
  'ISSUE_POINTS',
  'OPINION',
  'WORK',
  'WORK',
];

/** Picks a form and writes the title of a policy document (政策文件). */
export function policyTitle(
  random: Random,
  profile: SiteProfile,
  subject: Subject,
  year: number,
): DocumentTitle {
  const forms = [...POLICY_FORMS];
  if (subject.rules) forms.push('ISSUE_RULES', 'ISSUE_RULES');
  if (subject.project && profile.approvalPrefix !== null) forms.push('APPROVAL');
  return titleFor(random.pick(forms), random, profile, subject, year);
}

/** Picks a form and writes the title of an announcement (通知公告). */
export function announcementTitle(
  random: Random,
  profile: SiteProfile,
  subject: Subject,
  year: number,
): DocumentTitle {
  return titleFor(random.pick<DocumentForm>(['CHECK', 'CONSULT']), random, profile, subject, year);
}

/** The title of the 政策解读 of a policy. */
export function interpretationTitle(random: Random, policy: DocumentTitle): DocumentTitle {
  const name = policy.attachment ?? policy.title;
  const title = random.pick([
    `《${name}》政策解读`,
    `政策解读:《${name}》`,
    `一图读懂《${name}》`,
    `《${name}》解读`,
  ]);
  return { form: 'INTERPRETATION', title, attachment: name };
}

/** The notice kind a form is published as. */
export function kindOfForm(form: DocumentForm): NoticeKind {
  if (form === 'INTERPRETATION') return 'INTERPRETATION';
  return form === 'CHECK' || form === 'CONSULT' ? 'NOTICE' : 'POLICY';
}

function titleFor(
  form: DocumentForm,
  random: Random,
  profile: SiteProfile,
  subject: Subject,
  year: number,
): DocumentTitle {
  const region = profile.regionName;
  const s = subject.subject;
  switch (form) {
    case 'ISSUE_PLAN': {
      const plan = random.chance(0.3)
        ? `${region}${s}三年行动计划(${year}—${year + 2}年)`
        : `${region}${s}实施方案`;
      return { form, title: `关于印发《${plan}》的通知`, attachment: plan };
    }
    case 'ISSUE_RULES': {
      const rules = `${region}${s}管理办法${random.chance(0.3) ? '(试行)' : ''}`;
      return { form, title: `关于印发《${rules}》的通知`, attachment: rules };
    }
    case 'ISSUE_POINTS': {
      const points = `${region}${year}年${s}工作要点`;
      return { form, title: `关于印发${points}的通知`, attachment: points };
    }
    case 'OPINION': {
      const verb = random.pick(['进一步加强', '加快推进', '全面提升', '深入推进']);
      return { form, title: `关于${verb}${s}工作的实施意见`, attachment: null };
    }
    case 'WORK':
      return { form, title: `关于做好${year}年${s}工作的通知`, attachment: null };
    case 'APPROVAL': {
      const plan = `${year}年度${s}项目实施方案`;
      return {
        form,
        title: `关于${approvalApplicant(profile, subject)}${plan}的批复`,
        attachment: plan,
      };
    }
    case 'CHECK':
      return { form, title: `关于开展${year}年${s}专项检查的通知`, attachment: null };
    case 'CONSULT': {
      const draft = `${region}${s}实施方案(征求意见稿)`;
      return { form, title: `关于公开征求《${draft}》意见的公告`, attachment: draft };
    }
    case 'INTERPRETATION':
      return { form, title: `《${s}》政策解读`, attachment: s };
  }
}

/** Who asked for the approval: the department in charge, as the government names it (县农业农村局). */
export function approvalApplicant(profile: SiteProfile, subject: Subject): string {
  const department = profile.drafterOf(subject);
  return `${profile.unit}${department.name.slice(profile.regionName.length)}`;
}
