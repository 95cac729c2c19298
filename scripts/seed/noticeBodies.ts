import { addDays, chinaDateParts, chineseDate } from './chinaTime';
import type { PhraseContext } from './bodyPhrases';
import {
  chineseNumeral,
  guidingThought,
  officePhone,
  regionWords,
  safeguards,
  taskDetails,
} from './bodyPhrases';
import type { DocumentTitle } from './noticeTitles';
import type { Random } from './random';
import type { Issuer, SiteProfile } from './siteProfile';
import type { Subject } from './subjects';

/** What a body is written from. */
export interface BodyInput {
  random: Random;
  profile: SiteProfile;
  subject: Subject;
  title: DocumentTitle;
  /** The signing organisation. */
  issuer: Issuer;
  /** The drafting department (the contact of a 公告, the author of a 解读). */
  drafter: Issuer;
  signedAt: Date;
  /** A document of the level above that this one implements, with its 文号. */
  upperReference: string;
  /** For a 解读 and a 批复: the 文号 of the document it is about, when it has one. */
  relatedDocNumber: string | null;
}

/** The body of a generated document, one paragraph per entry (plain text). */
export function writeBody(input: BodyInput): string[] {
  switch (input.title.form) {
    case 'ISSUE_PLAN':
    case 'ISSUE_POINTS':
      return [...cover(input), ...signature(input), ...planText(input)];
    case 'ISSUE_RULES':
      return [...cover(input), ...signature(input), ...rulesText(input)];
    case 'OPINION':
      return [input.profile.salutation, ...opinionText(input), ...signature(input)];
    case 'WORK':
    case 'CHECK':
      return [input.profile.salutation, ...workText(input), ...signature(input)];
    case 'APPROVAL':
      return [...approvalText(input), ...signature(input)];
    case 'CONSULT':
      return [...consultText(input), ...signature(input)];
    case 'INTERPRETATION':
      return interpretationText(input);
  }
}

function context(input: BodyInput): PhraseContext {
  return {
    subject: input.subject.subject,
    drafter: input.drafter.name,
    office: input.profile.office.name,
    words: regionWords(input.profile),
  };
}

function signature(input: BodyInput): string[] {
  return [input.issuer.name, chineseDate(input.signedAt), '(此件公开发布)'];
}

function cover(input: BodyInput): string[] {
  const { government } = regionWords(input.profile);
  const name = input.title.attachment ?? input.subject.subject;
  return [
    input.profile.salutation,
    `经${government}同意,现将《${name}》印发给你们,请结合实际,认真贯彻执行。`,
  ];
}

function planText(input: BodyInput): string[] {
  const { random, subject } = input;
  const ctx = context(input);
  const year = chinaDateParts(input.signedAt).year;
  const out = [
    input.title.attachment ?? subject.subject,
    `为深入贯彻落实${input.upperReference}精神,扎实推进${ctx.words.whole}${subject.subject}工作,结合${ctx.words.mine}实际,制定本方案。`,
    '一、总体要求',
    `${guidingThought(year)},坚持以人民为中心的发展思想,统筹发展和安全,扎实推进${subject.subject}工作。到${year + 2}年底,${ctx.words.whole}${subject.subject}工作机制更加健全,重点任务全面落实,群众满意度明显提升。`,
    '二、主要任务',
  ];
  subject.tasks.forEach((task, i) => {
    out.push(`(${chineseNumeral(i + 1)})${task}。${taskDetails(random, ctx, 2)}`);
  });
  out.push('三、保障措施', ...safeguards(random, ctx));
  return out;
}

function rulesText(input: BodyInput): string[] {
  const { random, subject, profile } = input;
  const ctx = context(input);
  const articles = [
    `为规范${subject.subject}工作,根据${input.upperReference}等有关规定,结合本${profile.unit}实际,制定本办法。`,
    `本办法适用于本${profile.unit}行政区域内${subject.subject}相关工作。`,
    `${input.drafter.name}负责${subject.subject}工作的组织实施和监督管理,其他有关部门按照各自职责做好相关工作。`,
    ...subject.tasks.map((task) => `${task}。${taskDetails(random, ctx, 1)}`),
    '违反本办法规定的,由有关部门责令改正;情节严重的,依法依规追究有关单位和人员的责任。',
    `本办法由${input.drafter.name}负责解释。`,
    `本办法自印发之日起施行${random.chance(0.5) ? ',有效期5年' : ''}。`,
  ];
  return [
    input.title.attachment ?? subject.subject,
    ...articles.map((text, i) => `第${chineseNumeral(i + 1)}条 ${text}`),
  ];
}

function opinionText(input: BodyInput): string[] {
  const { random, subject } = input;
  const ctx = context(input);
  const year = chinaDateParts(input.signedAt).year;
  const out = [
    `为进一步做好${subject.subject}工作,根据${input.upperReference}要求,经${ctx.words.government}同意,结合${ctx.words.mine}实际,提出如下实施意见。`,
    '一、总体要求',
    `${guidingThought(year)},坚持稳中求进工作总基调,聚焦${subject.keywords.join('、')}等重点领域,着力补短板、强弱项、固底板,推动${subject.subject}工作取得新成效。`,
    '二、重点任务',
  ];
  subject.tasks.forEach((task, i) => {
    out.push(`(${chineseNumeral(i + 1)})${task}。${taskDetails(random, ctx, random.int(2, 3))}`);
  });
  out.push('三、保障措施', ...safeguards(random, ctx));
  return out;
}

function workText(input: BodyInput): string[] {
  const { random, subject } = input;
  const ctx = context(input);
  const year = chinaDateParts(input.signedAt).year;
  const check = input.title.form === 'CHECK';
  const due = chineseDate(addDays(input.signedAt, random.int(20, 60)));
  const out = [
    check
      ? `为贯彻落实${input.upperReference}要求,全面掌握${ctx.words.whole}${subject.subject}工作开展情况,经研究,决定于${year}年开展${subject.subject}专项检查。现将有关事项通知如下:`
      : `为做好${year}年${subject.subject}工作,根据${input.upperReference}要求,经${ctx.words.government}同意,现就有关事项通知如下:`,
  ];
  const headings = check
    ? ['检查范围和内容', '方法步骤', '工作要求']
    : [...subject.tasks.slice(0, 2), '工作要求'];
  headings.forEach((heading, i) => {
    out.push(`${chineseNumeral(i + 1)}、${heading}`, taskDetails(random, ctx, 2));
  });
  out.push(
    `请${ctx.words.lower}、各有关部门于${due}前将工作开展情况书面报送${input.drafter.name}。联系电话:${officePhone(random, input.profile.site.regionCode)}。`,
  );
  return out;
}

function approvalText(input: BodyInput): string[] {
  const { random, subject } = input;
  const ctx = context(input);
  const plan = input.title.attachment ?? subject.subject;
  const request = input.relatedDocNumber ? `(${input.relatedDocNumber})` : '';
  return [
    `${input.drafter.name}:`,
    `你单位《关于${plan}的请示》${request}收悉。经${ctx.words.government}研究,现批复如下:`,
    `一、原则同意《${plan}》。`,
    `二、项目实施过程中要严格执行项目法人责任制、招标投标制、工程监理制和合同管理制,确保工程质量和资金安全。${taskDetails(random, ctx, 1)}`,
    `三、请你单位会同有关部门加强项目监督管理,按照批复内容组织实施,不得擅自调整建设内容和规模。项目竣工后,按规定组织验收,并将实施情况报${ctx.words.government}。`,
    '此复。',
  ];
}

function consultText(input: BodyInput): string[] {
  const { random, subject, profile } = input;
  const draft = input.title.attachment ?? subject.subject;
  const host = new URL(profile.site.url).hostname.replace(/^www\./, '');
  const deadline = chineseDate(addDays(input.signedAt, 30));
  return [
    `为进一步做好${subject.subject}工作,${input.drafter.name}起草了《${draft}》,现向社会公开征求意见。社会各界可通过以下途径和方式提出意见:`,
    `一、通过电子邮件将意见发送至zqyj@${host}。`,
    `二、通过信函方式将意见寄至${input.drafter.name},并在信封上注明“征求意见”字样。`,
    `三、来电反映意见,联系电话:${officePhone(random, profile.site.regionCode)}。`,
    `意见反馈截止时间为${deadline}。`,
    `附件:${draft}`,
  ];
}

function interpretationText(input: BodyInput): string[] {
  const { random, subject } = input;
  const ctx = context(input);
  const name = input.title.attachment ?? subject.subject;
  const number = input.relatedDocNumber ? `(${input.relatedDocNumber})` : '';
  const out = [
    '一、出台背景',
    `为贯彻落实${input.upperReference}精神,进一步做好${subject.subject}工作,${input.drafter.name}起草了《${name}》${number},经${ctx.words.government}同意,于${chineseDate(input.signedAt)}正式印发。`,
    '二、主要内容',
    `文件围绕${subject.keywords.join('、')}等方面,提出了${chineseNumeral(subject.tasks.length)}项重点任务:`,
    ...subject.tasks.map(
      (task, i) => `(${chineseNumeral(i + 1)})${task}。${taskDetails(random, ctx, 1)}`,
    ),
    '三、政策亮点',
    `一是坚持问题导向,针对${subject.subject}工作中的难点堵点提出具体措施;二是明确责任分工,压实各部门工作责任;三是强化跟踪问效,将落实情况纳入年度考核。`,
    '四、解读机关及联系方式',
    `解读机关:${input.drafter.name}`,
    `联系电话:${officePhone(random, input.profile.site.regionCode)}`,
  ];
  return out;
}
