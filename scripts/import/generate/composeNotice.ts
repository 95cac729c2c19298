import type { Random } from '../../seed/random';
import { organisationCode } from '../../seed/organisationCode';
import { addDays, randomDay } from './dayDates';
import type { Issuer } from './issuers';
import { departmentOf, docNumberOf, governmentOf, officeOf, salutationOf } from './issuers';
import { writeBody } from './noticeBodies';
import type { ComposedNotice, NoticeBlock, NoticeKind } from './noticeTypes';
import { phraseContext } from './phraseContext';
import type { GovLevel } from './pageTypes';
import { regionsAtLevel } from './regions';
import type { Region } from './regions';
import type { Subject } from './subjects';
import { SUBJECTS } from './subjects';

const KINDS: readonly NoticeKind[] = [
  'NOTICE', 'NOTICE', 'NOTICE', 'ISSUE', 'ISSUE', 'OPINION', 'RULES', 'PLAN', 'INTERPRETATION',
]; // prettier-ignore
const CREDIT_CHECK = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A realistic clean notice of a government of the level, in simplified script. */
export function composeNotice(random: Random, level: GovLevel): ComposedNotice {
  const region = random.pick(regionsAtLevel(level));
  const subject = random.pick(SUBJECTS);
  const kind = random.pick(KINDS);
  const drafter = departmentOf(region, subject.department);
  const issuer = pickIssuer(random, region, kind, drafter);
  const signedAt = randomDay(random, 2016, 2024);
  const publishedAt = addDays(signedAt, random.chance(0.2) ? 0 : random.int(1, 12));
  const year = signedAt.year;
  const context = phraseContext(random, region, year, drafter.name, subject.name, subject.basis);

  const attached = attachedName(random, region, subject, kind, year);
  const docNumber = hasDocNumber(random, kind) ? docNumberOf(random, issuer, year) : null;
  const title = titleOf(random, kind, region, subject, issuer, attached, year);
  const attachedNumber =
    kind === 'INTERPRETATION' && random.chance(0.7)
      ? docNumberOf(random, officeOf(region), year)
      : null;
  const blocks = writeBody(random, {
    kind,
    context,
    subject,
    salutation: salutationOf(random, region, issuer),
    issuer: issuer.name,
    signedAt,
    attached,
    attachedNumber,
  });
  const punctuate = punctuation(random);
  return {
    kind,
    region,
    title: punctuate(title),
    docNumber,
    indexNumber: indexNumberOf(random, region, issuer, publishedAt.year),
    issuer: issuer.name,
    category: subject.category,
    signedAt,
    publishedAt,
    blocks: blocks.map(
      (block): NoticeBlock =>
        block.role === 'table' ? block : { role: block.role, text: punctuate(block.text) },
    ),
  };
}

function pickIssuer(random: Random, region: Region, kind: NoticeKind, drafter: Issuer): Issuer {
  if (kind === 'INTERPRETATION' || kind === 'RULES')
    return random.chance(0.8) ? drafter : officeOf(region);
  const roll = random.next();
  if (roll < 0.25) return governmentOf(region);
  if (roll < 0.6) return officeOf(region);
  return drafter;
}

function hasDocNumber(random: Random, kind: NoticeKind): boolean {
  switch (kind) {
    case 'INTERPRETATION':
      return false;
    case 'RULES':
    case 'PLAN':
      return random.chance(0.4);
    default:
      return random.chance(0.9);
  }
}

function attachedName(
  random: Random,
  region: Region,
  subject: Subject,
  kind: NoticeKind,
  year: number,
): string | null {
  if (kind !== 'ISSUE' && kind !== 'INTERPRETATION') return null;
  return random.pick([
    `${region.name}${subject.name}实施方案`,
    `${region.name}${subject.name}管理办法(试行)`,
    `${region.name}${subject.name}三年行动计划(${year}—${year + 2}年)`,
    `关于进一步加强${subject.name}工作的实施意见`,
  ]);
}

function titleOf(
  random: Random,
  kind: NoticeKind,
  region: Region,
  subject: Subject,
  issuer: Issuer,
  attached: string | null,
  year: number,
): string {
  const by = random.chance(0.35) ? issuer.name : '';
  const name = subject.name;
  switch (kind) {
    case 'NOTICE':
      return by + random.pick([
        `关于做好${year}年${name}工作的通知`,
        `关于开展${name}专项检查的通知`,
        `关于进一步加强${name}工作的通知`,
      ]); // prettier-ignore
    case 'ISSUE':
      return `${by}关于印发《${attached ?? name}》的通知`;
    case 'OPINION':
      return (
        by + random.pick([`关于进一步加强${name}工作的实施意见`, `关于加快推进${name}工作的意见`])
      );
    case 'RULES':
      return `${region.name}${name}管理办法${random.chance(0.3) ? '(试行)' : ''}`;
    case 'PLAN':
      return (
        region.name +
        random.pick([`${year}年${name}实施方案`, `${name}工作方案`, `${name}专项行动实施方案`])
      );
    case 'INTERPRETATION':
      return random.pick([
        `《${attached ?? name}》政策解读`,
        `关于《${attached ?? name}》的政策解读`,
        `《${attached ?? name}》解读`,
      ]);
  }
}

/** 索引号: 18-character credit code (or 9-character organisation code) / year-serial. */
function indexNumberOf(random: Random, region: Region, issuer: Issuer, year: number): string {
  const code = organisationCode(issuer.name);
  const org = random.chance(0.7)
    ? `11${region.code}${code}${random.pick([...CREDIT_CHECK])}`
    : code;
  return `${org}/${year}-${String(random.int(1, 2400)).padStart(5, '0')}`;
}

/** Sites differ in punctuation: full-width throughout, or half-width commas and colons. */
function punctuation(random: Random): (text: string) => string {
  const roll = random.next();
  if (roll < 0.55) return (text) => text;
  if (roll < 0.8) return (text) => text.replace(/\(/g, '（').replace(/\)/g, '）');
  return (text) =>
    text.replace(
      /[，：；（）]/g,
      (c) => ({ '，': ',', '：': ':', '；': ';', '（': '(', '）': ')' })[c] ?? c,
    );
}
