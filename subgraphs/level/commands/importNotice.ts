import { BadUserInputError } from '../../../core/errors';
import { sanitizeBody, summarize } from '../../../core/html';
import type { DuplicateIndex, ImportedPage } from '../../../core/importer';
import { docNumberKey, importPage } from '../../../core/importer';
import { makeNoticeId } from '../../../core/levels';
import type { NoticeDoc, NoticeStatus, SiteDoc } from '../../../core/model';
import { noWorkflowState } from '../../../core/model';
import type { LevelContext } from '../context';
import { authorize } from '../policies';
import { actorOf } from './actorOf';
import { auditSummary } from './auditSummary';
import { flushPending } from './flushPending';
import { siteDuplicateIndex } from './siteDuplicateIndex';

/** Largest page accepted (characters of HTML or text). */
export const IMPORT_MAX_CHARS = 2_000_000;
const URL_MAX = 2048;

export interface ImportNoticeInput {
  /** The page: HTML or plain text (the GraphQL path), or its bytes in any encoding (the CLI). */
  page: string | Uint8Array;
  sourceUrl: string | null;
  /** Import as a DRAFT for review instead of PUBLISHED (the page is already public on the old site). */
  asDraft: boolean;
}

export interface ImportNoticeResult {
  /** IMPORTED: a new notice; MERGED: another rendering of a stored notice, linked to it; QUARANTINED. */
  outcome: 'IMPORTED' | 'MERGED' | 'QUARANTINED';
  doc: NoticeDoc;
  page: ImportedPage;
}

/**
 * Imports one page of a site's legacy website (导入): a clean page becomes a PUBLISHED notice
 * (it is public already; with `asDraft` a DRAFT for 三审) with its change-log entry, so the
 * syndication rules apply to it; a page whose content is spam becomes QUARANTINED (never public,
 * never syndicated; its admins see the reasons); a page that renders a notice the site already
 * has (same 文号, or near-identical simplified text: the 繁體 page) is linked to that notice as a
 * variant instead. `duplicates` lets a bulk import share one index across pages.
 */
export async function importNotice(
  ctx: LevelContext,
  siteId: string,
  input: ImportNoticeInput,
  duplicates?: DuplicateIndex,
): Promise<ImportNoticeResult> {
  const site = siteId.length <= 64 ? await ctx.loaders.site.load(siteId) : null;
  if (!site || site.level !== ctx.level)
    throw new BadUserInputError(
      `unknown site ${siteId} for the ${ctx.level.toLowerCase()} level`,
      'siteId',
    );
  const principal = authorize(ctx.principal, 'import', site._id);
  const size = typeof input.page === 'string' ? input.page.length : input.page.byteLength;
  if (size === 0) throw new BadUserInputError('the page is empty', 'html');
  if (size > IMPORT_MAX_CHARS)
    throw new BadUserInputError(`the page is larger than ${IMPORT_MAX_CHARS} characters`, 'html');
  const sourceUrl = checkedUrl(input.sourceUrl);

  const page = importPage(input.page, { sourceUrl, siteDomains: siteDomains(site) });
  if (page.outcome === 'UNUSABLE')
    throw new BadUserInputError(
      `no notice could be read from the page: ${page.problems.join('; ')}`,
      'html',
    );

  const now = new Date();
  const actor = actorOf(principal);
  const index = duplicates ?? (await siteDuplicateIndex(ctx, site._id));
  const key = { docNumber: docNumberKey(page.notice.docNumber), fingerprint: page.fingerprint };
  const match = page.outcome === 'READY' ? index.find(key) : null;
  if (match) {
    await ctx.collections.notices.updateOne(
      { _id: match.id },
      {
        $push: {
          variants: {
            sourceUrl,
            traditional: page.report.traditional,
            matchedBy: match.matchedBy,
            importedAt: now,
          },
        },
      },
    );
    const doc = await ctx.collections.notices.findOne({ _id: match.id });
    if (doc) return { outcome: 'MERGED', doc, page };
  }

  const quarantined = page.outcome === 'QUARANTINED';
  const status: NoticeStatus = quarantined ? 'QUARANTINED' : input.asDraft ? 'DRAFT' : 'PUBLISHED';
  const id = makeNoticeId(ctx.level);
  const body = sanitizeBody(page.notice.bodyHtml);
  const f = page.notice;
  const doc: NoticeDoc = {
    _id: id,
    level: ctx.level,
    siteId: site._id,
    columnId: null,
    kind: f.kind,
    title: f.title.slice(0, 500),
    docNumber: f.docNumber,
    indexNumber: f.indexNumber,
    issuer: f.issuer,
    category: f.category,
    topics: f.topics,
    keywords: f.keywords,
    disclosure: 'PROACTIVE',
    validity: 'IN_FORCE',
    signedAt: f.signedAt,
    publishedAt: status === 'PUBLISHED' ? (f.publishedAt ?? now) : null,
    createdAt: now,
    updatedAt: now,
    url: sourceUrl,
    body,
    summary: summarize(body) || null,
    version: 1,
    status,
    interpretsId: null,
    withdrawnReason: null,
    createdBy: principal.sub,
    updatedBy: principal.sub,
    mandate: null,
    ...noWorkflowState(),
    publishedBy: status === 'PUBLISHED' ? principal.sub : null,
    imported: { ...page.report, importedAt: now, importedBy: principal.sub },
    quarantine: quarantined
      ? { reasons: page.report.quarantineReasons, at: now, source: 'IMPORT' }
      : null,
    fingerprint: page.fingerprint,
    variants: [],
    pendingChange: status === 'PUBLISHED' ? { type: 'PUBLISHED', version: 1, at: now } : null,
    pendingAudit: {
      _id: `${id}@1`,
      noticeId: id,
      siteId: site._id,
      level: ctx.level,
      version: 1,
      at: now,
      actor,
      action: quarantined ? 'QUARANTINE' : 'IMPORT',
      from: null,
      to: status,
      step: null,
      reason: quarantined ? page.report.quarantineReasons.join('; ').slice(0, 500) : sourceUrl,
      changedFields: [],
      summary: auditSummary({
        action: quarantined ? 'QUARANTINE' : 'IMPORT',
        step: null,
        reason: quarantined ? (page.report.quarantineReasons[0] ?? null) : sourceUrl,
        changedFields: [],
        overriddenTerms: [],
        overrideReason: null,
      }),
      overriddenTerms: [],
      overrideReason: null,
    },
  };
  await ctx.collections.notices.insertOne(doc);
  if (!quarantined) index.add({ id, ...key });
  const stored = await flushPending(ctx, doc);
  return { outcome: quarantined ? 'QUARANTINED' : 'IMPORTED', doc: stored, page };
}

function checkedUrl(raw: string | null): string | null {
  if (raw === null || raw.trim() === '') return null;
  const text = raw.trim();
  let url: URL | null = null;
  try {
    url = text.length <= URL_MAX ? new URL(text) : null;
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new BadUserInputError(
      'sourceUrl must be an http(s) URL of at most 2048 characters',
      'sourceUrl',
    );
  return url.toString();
}

/** The site's own host names: its links are internal, not a link farm. */
function siteDomains(site: SiteDoc): string[] {
  try {
    return site.url ? [new URL(site.url).hostname] : [];
  } catch {
    return [];
  }
}
