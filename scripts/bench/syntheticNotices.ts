import { Converter } from 'opencc-js';
import type { Level } from '../../core/levels';
import type { SearchDocument } from '../../core/search';
import type { PhraseContext, RegionWords } from '../seed/bodyPhrases';
import { chineseNumeral, guidingThought, safeguards, taskDetails } from '../seed/bodyPhrases';
import { chinaDateParts, chinaTime, chineseDate } from '../seed/chinaTime';
import { DEPARTMENTS, departmentFor, departmentName } from '../seed/departments';
import type { Random } from '../seed/random';
import { createRandom } from '../seed/random';
import type { Subject } from '../seed/subjects';
import { SUBJECTS } from '../seed/subjects';

/** A government of the synthetic cluster: 法库县, 210124, 文号 short name 法. */
interface Region {
  code: string;
  name: string;
  short: string;
  level: Level;
  /** Region code of the government above, null for a province. */
  parent: string | null;
}

/** An organisation that signs documents, with its 文号 prefix and the site it publishes on. */
interface Issuer {
  name: string;
  prefix: string;
  siteId: string;
}

const REGIONS: readonly Region[] = [
  { code: '210000', name: '辽宁省', short: '辽', level: 'PROVINCE', parent: null },
  { code: '360000', name: '江西省', short: '赣', level: 'PROVINCE', parent: null },
  { code: '210100', name: '沈阳市', short: '沈', level: 'CITY', parent: '210000' },
  { code: '210200', name: '大连市', short: '大', level: 'CITY', parent: '210000' },
  { code: '210300', name: '鞍山市', short: '鞍', level: 'CITY', parent: '210000' },
  { code: '360100', name: '南昌市', short: '洪', level: 'CITY', parent: '360000' },
  { code: '360400', name: '九江市', short: '九', level: 'CITY', parent: '360000' },
  { code: '360700', name: '赣州市', short: '赣市', level: 'CITY', parent: '360000' },
  { code: '210124', name: '法库县', short: '法', level: 'COUNTY', parent: '210100' },
  { code: '210123', name: '康平县', short: '康', level: 'COUNTY', parent: '210100' },
  { code: '210181', name: '新民市', short: '新', level: 'COUNTY', parent: '210100' },
  { code: '210115', name: '辽中区', short: '辽中', level: 'COUNTY', parent: '210100' },
  { code: '210224', name: '长海县', short: '长海', level: 'COUNTY', parent: '210200' },
  { code: '210281', name: '瓦房店市', short: '瓦', level: 'COUNTY', parent: '210200' },
  { code: '210283', name: '庄河市', short: '庄', level: 'COUNTY', parent: '210200' },
  { code: '210321', name: '台安县', short: '台', level: 'COUNTY', parent: '210300' },
  { code: '210323', name: '岫岩满族自治县', short: '岫', level: 'COUNTY', parent: '210300' },
  { code: '210381', name: '海城市', short: '海', level: 'COUNTY', parent: '210300' },
  { code: '360121', name: '南昌县', short: '南', level: 'COUNTY', parent: '360100' },
  { code: '360123', name: '安义县', short: '安', level: 'COUNTY', parent: '360100' },
  { code: '360124', name: '进贤县', short: '进', level: 'COUNTY', parent: '360100' },
  { code: '360423', name: '武宁县', short: '武', level: 'COUNTY', parent: '360400' },
  { code: '360424', name: '修水县', short: '修', level: 'COUNTY', parent: '360400' },
  { code: '360428', name: '都昌县', short: '都', level: 'COUNTY', parent: '360400' },
  { code: '360734', name: '寻乌县', short: '寻', level: 'COUNTY', parent: '360700' },
  { code: '360726', name: '安远县', short: '安远', level: 'COUNTY', parent: '360700' },
  { code: '360728', name: '定南县', short: '定', level: 'COUNTY', parent: '360700' },
];

/** Bracket pairs as sites print them around a 文号's year, the GB/T 9704 one most often. */
const BRACKETS: readonly (readonly [string, string])[] = [
  ...Array.from({ length: 14 }, () => ['〔', '〕'] as const),
  ['[', ']'],
  ['[', ']'],
  ['［', '］'],
  ['(', ')'],
  ['（', '）'],
  ['【', '】'],
];

const FROM = chinaTime(2015, 1, 1).getTime();
const TO = chinaTime(2026, 11, 1).getTime();
const DAY_MS = 24 * 3600 * 1000;
const TRADITIONAL_SHARE = 0.05;

/**
 * `count` realistic notices of a two-province cluster (辽宁 and 江西, 6 cities, 19 counties) for
 * search benchmarks: titles of about 30 characters in the usual forms (关于印发《…》的通知,
 * 关于做好…工作的通知 …), bodies of about 800 characters that cite the 文号 of an upper-level
 * document, 文号 in every bracket form, 5% in traditional characters (as the 繁體 versions of
 * mainland sites print them). Same count and seed, same notices.
 */
export function syntheticNotices(count: number, seed: number): SearchDocument[] {
  return [...syntheticNoticeStream(count, seed)];
}

/** The notices of {@link syntheticNotices} one at a time, for a caller that shows progress. */
export function* syntheticNoticeStream(count: number, seed: number): Generator<SearchDocument> {
  const random = createRandom(seed);
  const serials = new Map<string, number>();
  const toTraditional = Converter({ from: 'cn', to: 'tw' });
  for (let n = 0; n < count; n++) {
    const notice = syntheticNotice(random, serials, n);
    yield random.chance(TRADITIONAL_SHARE) ? traditional(notice, toTraditional) : notice;
  }
}

function syntheticNotice(random: Random, serials: Map<string, number>, n: number): SearchDocument {
  const region = random.pick(REGIONS);
  const subject = random.pick(SUBJECTS);
  const issuer = issuerOf(random, region, subject);
  const publishedAt = new Date(FROM + Math.floor(random.next() * (TO - FROM)));
  const signedAt = new Date(publishedAt.getTime() - random.int(1, 10) * DAY_MS);
  const year = chinaDateParts(signedAt).year;
  const roll = random.next();
  const kind = roll < 0.6 ? 'POLICY' : roll < 0.9 ? 'NOTICE' : 'INTERPRETATION';
  const docNumber =
    kind === 'POLICY' && random.chance(0.9) ? nextDocNumber(random, serials, issuer, year) : null;
  const validityRoll = random.next();
  return {
    id: `${region.level.toLowerCase()}:syn${String(n).padStart(7, '0')}`,
    level: region.level,
    siteId: issuer.siteId,
    regionCode: region.code,
    columnId: kind === 'NOTICE' ? 'tzgg' : kind === 'INTERPRETATION' ? 'zcjd' : 'zcwj',
    kind,
    title: titleOf(random, region, subject, issuer, kind, year),
    docNumber,
    issuer: issuer.name,
    category: subject.category,
    validity: validityRoll < 0.85 ? 'IN_FORCE' : validityRoll < 0.95 ? 'EXPIRED' : 'REPEALED',
    signedAt,
    publishedAt,
    text: bodyOf(random, region, subject, issuer, signedAt).join('\n'),
  };
}

function issuerOf(random: Random, region: Region, subject: Subject): Issuer {
  const roll = random.next();
  const office = region.level === 'PROVINCE' ? '办公厅' : '办公室';
  if (roll < 0.2) {
    return {
      name: `${region.name}人民政府`,
      prefix: `${region.short}政发`,
      siteId: `${region.code}0001`,
    };
  }
  const department = departmentFor(subject);
  if (roll < 0.5 || !department) {
    return {
      name: `${region.name}人民政府${office}`,
      prefix: `${region.short}政办发`,
      siteId: `${region.code}0001`,
    };
  }
  return {
    name: `${region.name}${departmentName(department, region.level, region.code.startsWith('36'))}`,
    prefix: `${region.short}${department.abbr}发`,
    siteId: `${region.code}00${10 + DEPARTMENTS.indexOf(department)}`,
  };
}

function nextDocNumber(
  random: Random,
  serials: Map<string, number>,
  issuer: Issuer,
  year: number,
): string {
  const key = `${issuer.prefix}${year}`;
  const serial = (serials.get(key) ?? 0) + 1;
  serials.set(key, serial);
  const [open, close] = random.pick(BRACKETS);
  return `${issuer.prefix}${open}${year}${close}${serial}号`;
}

function titleOf(
  random: Random,
  region: Region,
  subject: Subject,
  issuer: Issuer,
  kind: string,
  year: number,
): string {
  const s = subject.subject;
  const signer = random.chance(0.3) ? issuer.name : '';
  if (kind === 'INTERPRETATION') return `《${region.name}${s}实施方案》政策解读`;
  if (kind === 'NOTICE') {
    return random.chance(0.5)
      ? `${signer}关于开展${year}年${s}专项检查的通知`
      : `${signer}关于公开征求《${region.name}${s}实施方案(征求意见稿)》意见的公告`;
  }
  switch (random.int(0, 3)) {
    case 0:
      return `${signer}关于印发《${region.name}${s}实施方案》的通知`;
    case 1:
      return `${signer}关于做好${year}年${s}工作的通知`;
    case 2:
      return `${signer}关于${random.pick(['进一步加强', '加快推进', '全面提升', '深入推进'])}${s}工作的实施意见`;
    default:
      return `${signer}关于印发《${region.name}${s}管理办法》的通知`;
  }
}

function bodyOf(
  random: Random,
  region: Region,
  subject: Subject,
  issuer: Issuer,
  signedAt: Date,
): string[] {
  const year = chinaDateParts(signedAt).year;
  const words = regionWords(region);
  const context: PhraseContext = {
    subject: subject.subject,
    drafter: issuer.name,
    office: `${region.name}人民政府${region.level === 'PROVINCE' ? '办公厅' : '办公室'}`,
    words,
  };
  const upper = REGIONS.find((candidate) => candidate.code === region.parent);
  const upperName = upper ? `${upper.name}人民政府办公厅` : '国务院办公厅';
  const upperPrefix = upper ? `${upper.short}政办发` : '国办发';
  const upperNumber = `${upperPrefix}〔${year - random.int(0, 2)}〕${random.int(1, 120)}号`;
  return [
    region.level === 'COUNTY'
      ? `各乡镇人民政府(街道办事处),${words.government}各部门:`
      : `各${region.level === 'PROVINCE' ? '市' : '县(市)区'}人民政府,${words.government}各部门:`,
    `为深入贯彻落实《${upperName}关于做好${subject.subject}工作的通知》(${upperNumber})精神,扎实推进${words.whole}${subject.subject}工作,结合${words.mine}实际,现就有关事项通知如下。`,
    '一、总体要求',
    `${guidingThought(year)},聚焦${subject.keywords.join('、')}等重点领域,推动${subject.subject}工作取得新成效。`,
    '二、主要任务',
    ...subject.tasks.map(
      (task, i) => `(${chineseNumeral(i + 1)})${task}。${taskDetails(random, context, 3)}`,
    ),
    '三、保障措施',
    ...safeguards(random, context),
    issuer.name,
    chineseDate(signedAt),
  ];
}

function regionWords(region: Region): RegionWords {
  const unit = region.level === 'PROVINCE' ? '省' : region.level === 'CITY' ? '市' : '县';
  return {
    mine: `我${unit}`,
    whole: `全${unit}`,
    government: `${unit}政府`,
    lower:
      region.level === 'PROVINCE'
        ? '各市'
        : region.level === 'CITY'
          ? '各县(市)区'
          : '各乡镇(街道)',
  };
}

/** The notice as a 繁體 page prints it: every text field converted, 号 as 號. */
function traditional(notice: SearchDocument, convert: (text: string) => string): SearchDocument {
  return {
    ...notice,
    title: convert(notice.title),
    docNumber: notice.docNumber ? convert(notice.docNumber) : null,
    issuer: notice.issuer ? convert(notice.issuer) : null,
    text: convert(notice.text),
  };
}
