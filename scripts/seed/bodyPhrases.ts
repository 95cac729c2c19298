import type { Random } from './random';
import type { SiteProfile } from './siteProfile';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一, 二, … 十, 十一, … 九十九: section numbers of Chinese official documents. */
export function chineseNumeral(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) throw new RangeError(`no numeral for ${n}`);
  if (n <= 10) return NUMERALS[n - 1];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : NUMERALS[tens - 1]}十${ones === 0 ? '' : NUMERALS[ones - 1]}`;
}

/** The words a document uses for its own government: 我县, 全县, 县政府, 各乡镇(街道). */
export interface RegionWords {
  mine: string;
  whole: string;
  government: string;
  /** The lower units addressed in reporting requirements. */
  lower: string;
}

export function regionWords(profile: SiteProfile): RegionWords {
  const unit = profile.unit;
  const lower =
    profile.role === 'TOWNSHIP'
      ? '各村(社区)'
      : profile.level === 'PROVINCE'
        ? '各市'
        : profile.level === 'CITY'
          ? '各县(市)区'
          : '各乡镇(街道)';
  return { mine: `我${unit}`, whole: `全${unit}`, government: `${unit}政府`, lower };
}

/** The guiding thought of the time: documents before 2023 cite the 19th Party Congress. */
export function guidingThought(year: number): string {
  const congress = year >= 2023 ? '党的二十大精神' : '党的十九大和十九届历次全会精神';
  return `以习近平新时代中国特色社会主义思想为指导,全面贯彻${congress}`;
}

const TASK_DETAILS = [
  '各地各部门要结合实际,细化工作措施,明确责任分工和完成时限,确保各项任务落到实处。',
  '要建立工作台账,实行清单化管理,定期调度工作进展,及时研究解决存在的问题。',
  '{drafter}要加强业务指导,会同有关部门制定配套措施,推动政策落地见效。',
  '要坚持问题导向,聚焦群众反映强烈的突出问题,集中力量攻坚突破。',
  '{lower}要履行属地责任,加强统筹协调,形成上下联动、齐抓共管的工作格局。',
  '要充分运用信息化手段,推进数据共享和业务协同,提高工作效率和服务水平。',
  '对工作中发现的问题,要建立整改清单,明确整改时限,逐项销号管理。',
  '要加大政策宣传力度,通过政府网站、政务新媒体等渠道及时发布政策信息,做好政策解读和舆论引导。',
  '要严格执行有关法律法规和政策规定,规范工作程序,确保工作依法依规开展。',
  '要畅通群众诉求反映渠道,及时回应社会关切,不断提升群众获得感和满意度。',
];

const SAFEGUARDS = [
  '加强组织领导。成立由{government}分管领导任组长、有关部门主要负责同志为成员的工作领导小组,统筹推进{subject}工作,研究解决重大问题。',
  '强化资金保障。各级财政要将相关工作经费纳入年度预算,加强资金监管,提高资金使用效益。',
  '严格督导考核。{office}要会同有关部门加强督促检查,将工作落实情况纳入年度绩效考核,对工作推进不力的予以通报。',
  '加强宣传引导。充分利用报刊、广播、电视和政府网站、政务新媒体等渠道,广泛宣传{subject}工作的政策措施和经验做法,营造良好社会氛围。',
  '加强队伍建设。配齐配强工作力量,定期组织业务培训,不断提升工作人员的业务能力和服务水平。',
];

export interface PhraseContext {
  subject: string;
  drafter: string;
  office: string;
  words: RegionWords;
}

/** `count` distinct elaborations of a task, filled in. */
export function taskDetails(random: Random, context: PhraseContext, count: number): string {
  return random
    .sample(TASK_DETAILS, count)
    .map((text) => fill(text, context))
    .join('');
}

/** The safeguards section: three or four numbered paragraphs. */
export function safeguards(random: Random, context: PhraseContext): string[] {
  return random
    .sample(SAFEGUARDS, random.int(3, 4))
    .map((text, i) => `(${chineseNumeral(i + 1)})${fill(text, context)}`);
}

function fill(text: string, context: PhraseContext): string {
  return text
    .replace(/\{subject\}/g, context.subject)
    .replace(/\{drafter\}/g, context.drafter)
    .replace(/\{office\}/g, context.office)
    .replace(/\{government\}/g, context.words.government)
    .replace(/\{lower\}/g, context.words.lower);
}

const AREA_CODES: Readonly<Record<string, string>> = {
  '21': '024', '2101': '024', '2103': '0412', '36': '0791', '3607': '0797',
}; // prettier-ignore

/** A plausible office telephone number in the site's area. */
export function officePhone(random: Random, regionCode: string): string {
  const area =
    AREA_CODES[regionCode.slice(0, 4)] ??
    AREA_CODES[regionCode.slice(0, 2)] ??
    `0${random.int(310, 999)}`;
  const digits = area.length === 3 ? 8 : 7;
  let number = String(random.int(2, 8));
  while (number.length < digits) number += String(random.int(0, 9));
  return `${area}-${number}`;
}
