import { plainTextToHtml, summarize } from '../../core/html';
import { makeNoticeId } from '../../core/levels';
import type { ColumnKind, NoticeDoc, NoticeKind } from '../../core/model';
import { noWorkflowState } from '../../core/model';
import { addDays, chinaDateParts, chinaTime, startOfChinaDay } from './chinaTime';
import { localNoticeId } from './localNoticeId';
import { writeBody } from './noticeBodies';
import type { DocumentTitle } from './noticeTitles';
import { announcementTitle, interpretationTitle, kindOfForm, policyTitle } from './noticeTitles';
import { NumberingState } from './numberingState';
import type { Random } from './random';
import { createRandom, seedFrom } from './random';
import { chooseIssuer, subjectsFor, upperReference } from './siteDocuments';
import type { SiteProfile } from './siteProfile';
import type { Subject } from './subjects';

export interface GenerateOptions {
  /** How many notices (interpretations included). */
  count: number;
  /** Same seed, same site: same notices. */
  seed: number;
  /** Publication dates fall in [from, to). */
  from: Date;
  to: Date;
}

/** The default publication period: 2019 up to the end of October 2026. */
export const DEFAULT_PERIOD = { from: chinaTime(2019, 1, 1), to: chinaTime(2026, 11, 1) } as const;

const DAY_MS = 24 * 3600 * 1000;
const ANNOUNCEMENT_SHARE: Record<SiteProfile['role'], number> = {
  GOVERNMENT: 0.3,
  OFFICE: 0.6,
  DEPARTMENT: 0.5,
  TOWNSHIP: 0.6,
};
const SUMMARY_SOURCE_CHARS = 400;

/**
 * Realistic notices for one site, in publication order (an interpretation right after its
 * policy): 政策文件 with 文号 and 索引号, 通知公告, and 政策解读 linked to a policy of the same
 * site within five days. A few are drafts (no publication), repealed or expired. Deterministic
 * for a given site, seed and period.
 */
export function* generateSiteNotices(
  profile: SiteProfile,
  options: GenerateOptions,
): Generator<NoticeDoc> {
  const site = profile.site;
  const random = createRandom(seedFrom(site._id, options.seed));
  const numbering = new NumberingState(random, site.url, `${site._id} ${profile.publisher.name}`);
  const subjects = subjectsFor(profile);
  const titles = new Set<string>();
  const slots = publicationSlots(random, options);
  const interpretationColumn = columnOf(profile, 'INTERPRETATION');
  let interpretations = 0;

  for (let i = 0; i < slots.length; i++) {
    const wanted: NoticeKind = random.chance(ANNOUNCEMENT_SHARE[profile.role])
      ? 'NOTICE'
      : 'POLICY';
    const { subject, title, year } = pickTitle(random, profile, subjects, titles, slots[i], wanted);
    const kind = kindOfForm(title.form);
    const force = interpretations === 0 && profile.role === 'GOVERNMENT' && i >= slots.length - 6;
    const explain =
      kind === 'POLICY' &&
      interpretationColumn !== null &&
      i + 1 < slots.length &&
      (force || random.chance(0.3));
    const status = explain ? 'PUBLISHED' : pickStatus(random);
    const publishedAt = status === 'DRAFT' ? null : slots[i];
    const createdAt = publishedAt ?? addDays(options.to, -random.int(1, 90));
    const signedAt = publishedAt ? addDays(startOfChinaDay(publishedAt), -random.int(1, 10)) : null;
    const issuer = chooseIssuer(random, profile, title.form, subject);
    const docNumber =
      publishedAt && signedAt && issuer.prefix
        ? numbering.docNumber(issuer.prefix, signedAt)
        : null;
    const drafter = profile.role === 'GOVERNMENT' ? profile.drafterOf(subject) : profile.publisher;
    const paragraphs = writeBody({
      random,
      profile,
      subject,
      title,
      issuer: issuer.issuer,
      drafter,
      signedAt: signedAt ?? createdAt,
      upperReference: upperReference(random, profile, subject, year),
      relatedDocNumber: null,
    });
    const columnId =
      columnOf(profile, kind === 'NOTICE' ? 'ANNOUNCEMENT' : 'POLICY') ??
      columnOf(profile, 'POLICY');
    const doc = noticeDoc(profile, i, {
      kind,
      title: title.title,
      columnId,
      subject,
      issuer: issuer.issuer.name,
      paragraphs,
      docNumber,
      indexNumber: publishedAt ? numbering.indexNumber(publishedAt) : null,
      url: publishedAt && columnId ? numbering.pageUrl(columnId, publishedAt) : null,
      signedAt,
      publishedAt,
      createdAt,
      interpretsId: null,
    });
    if (!explain) {
      yield withLifecycle(random, doc, title, options.to);
      continue;
    }
    yield doc;
    if (!publishedAt || !interpretationColumn) continue;
    i += 1;
    interpretations += 1;
    const explained = interpretationTitle(random, title);
    titles.add(explained.title);
    const later =
      addDays(publishedAt, random.int(0, 4)).getTime() + random.int(10, 180) * 60 * 1000;
    const at = new Date(Math.min(later, options.to.getTime() - 1));
    yield noticeDoc(profile, i, {
      kind: 'INTERPRETATION',
      title: explained.title,
      columnId: interpretationColumn,
      subject,
      issuer: drafter.name,
      paragraphs: writeBody({
        random,
        profile,
        subject,
        title: explained,
        issuer: drafter,
        drafter,
        signedAt: signedAt ?? publishedAt,
        upperReference: upperReference(random, profile, subject, year),
        relatedDocNumber: docNumber ? docNumber.raw : null,
      }),
      docNumber: null,
      indexNumber: numbering.indexNumber(at),
      url: numbering.pageUrl(interpretationColumn, at),
      signedAt: null,
      publishedAt: at,
      createdAt: at,
      interpretsId: doc._id,
    });
  }
}

/** `count` publication instants in office hours, oldest first. */
function publicationSlots(random: Random, options: GenerateOptions): Date[] {
  const days = Math.max(1, Math.floor((options.to.getTime() - options.from.getTime()) / DAY_MS));
  const slots: Date[] = [];
  for (let i = 0; i < options.count; i++) {
    const day = addDays(startOfChinaDay(options.from), random.int(0, days - 1));
    slots.push(new Date(day.getTime() + random.int(8 * 60, 17 * 60 + 59) * 60 * 1000));
  }
  return slots.sort((a, b) => a.getTime() - b.getTime());
}

function pickTitle(
  random: Random,
  profile: SiteProfile,
  subjects: readonly Subject[],
  titles: Set<string>,
  at: Date,
  kind: NoticeKind,
): { subject: Subject; title: DocumentTitle; year: number } {
  const year = chinaDateParts(at).year;
  let choice = { subject: subjects[0], title: policyTitle(random, profile, subjects[0], year) };
  for (let attempt = 0; attempt < 8; attempt++) {
    const subject = random.pick(subjects);
    const title =
      kind === 'NOTICE'
        ? announcementTitle(random, profile, subject, year)
        : policyTitle(random, profile, subject, year);
    choice = { subject, title };
    if (!titles.has(title.title)) break;
  }
  titles.add(choice.title.title);
  return { ...choice, year };
}

function pickStatus(random: Random): NoticeDoc['status'] {
  return random.chance(0.04) ? 'DRAFT' : 'PUBLISHED';
}

/** Old plans and yearly work notices may have expired; a few old policies were repealed (废止). */
function withLifecycle(random: Random, doc: NoticeDoc, title: DocumentTitle, to: Date): NoticeDoc {
  if (doc.status !== 'PUBLISHED' || doc.kind !== 'POLICY' || !doc.publishedAt) return doc;
  const age = (to.getTime() - doc.publishedAt.getTime()) / DAY_MS;
  if (age > 730 && random.chance(0.04)) {
    const repealedAt = new Date(
      Math.min(doc.publishedAt.getTime() + random.int(365, 1095) * DAY_MS, to.getTime() - DAY_MS),
    );
    return { ...doc, status: 'REPEALED', validity: 'REPEALED', version: 2, updatedAt: repealedAt };
  }
  const temporary =
    title.form === 'ISSUE_PLAN' || title.form === 'ISSUE_POINTS' || title.form === 'WORK';
  if (temporary && age > 1095 && random.chance(0.25)) return { ...doc, validity: 'EXPIRED' };
  return doc;
}

function columnOf(profile: SiteProfile, kind: ColumnKind): string | null {
  return profile.site.columns.find((column) => column.kind === kind)?.id ?? null;
}

interface NoticeParts {
  kind: NoticeKind;
  title: string;
  columnId: string | null;
  subject: Subject;
  issuer: string;
  paragraphs: string[];
  docNumber: NoticeDoc['docNumber'];
  indexNumber: string | null;
  url: string | null;
  signedAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
  interpretsId: string | null;
}

function noticeDoc(profile: SiteProfile, ordinal: number, parts: NoticeParts): NoticeDoc {
  const site = profile.site;
  const body = plainTextToHtml(parts.paragraphs.join('\n'));
  const lead = plainTextToHtml(leadingText(parts.paragraphs, SUMMARY_SOURCE_CHARS).join('\n'));
  const keywords =
    parts.kind === 'INTERPRETATION'
      ? [...parts.subject.keywords, '政策解读']
      : [...parts.subject.keywords];
  return {
    _id: makeNoticeId(site.level, localNoticeId(site._id, parts.title, String(ordinal))),
    level: site.level,
    siteId: site._id,
    columnId: parts.columnId,
    kind: parts.kind,
    title: parts.title,
    docNumber: parts.docNumber,
    indexNumber: parts.indexNumber,
    issuer: parts.issuer,
    category: parts.subject.category,
    topics: [parts.subject.category, parts.subject.topic],
    keywords,
    disclosure: 'PROACTIVE',
    validity: 'IN_FORCE',
    signedAt: parts.signedAt,
    publishedAt: parts.publishedAt,
    createdAt: parts.createdAt,
    updatedAt: parts.publishedAt ?? parts.createdAt,
    url: parts.url,
    body,
    summary: summarize(lead),
    version: 1,
    status: parts.publishedAt ? 'PUBLISHED' : 'DRAFT',
    interpretsId: parts.interpretsId,
    withdrawnReason: null,
    createdBy: 'seed',
    updatedBy: 'seed',
    ...noWorkflowState(),
    publishedBy: parts.publishedAt ? 'seed' : null,
  };
}

/** The first paragraphs, enough of them to cover `chars` characters (a summary needs no more). */
function leadingText(paragraphs: readonly string[], chars: number): string[] {
  const out: string[] = [];
  let length = 0;
  for (const paragraph of paragraphs) {
    if (length >= chars) break;
    out.push(paragraph);
    length += paragraph.length;
  }
  return out;
}
