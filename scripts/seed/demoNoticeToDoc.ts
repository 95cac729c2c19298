import { parseDocNumber } from '../../core/docnumber';
import { plainTextToHtml, sanitizeBody, summarize } from '../../core/html';
import { makeNoticeId } from '../../core/levels';
import type { NoticeDoc, SiteDoc } from '../../core/model';
import { noWorkflowState } from '../../core/model';
import { parseChinaDay } from './chinaTime';
import type { DemoNoticeFile } from './demoNoticeFile';
import { DEFAULT_PERIOD } from './generateSiteNotices';
import { localNoticeId } from './localNoticeId';

/**
 * The stored notice for a demo notice file on its site. The id derives from the site, title and
 * publication date, so seeding again finds it; a draft is dated at the end of the demo period.
 * A file's `mandate` is kept as is; without one the notice has no `mandate` field.
 */
export function demoNoticeToDoc(notice: DemoNoticeFile, site: SiteDoc): NoticeDoc {
  const publishedAt = notice.publishedAt === null ? null : parseChinaDay(notice.publishedAt);
  const signedAt = notice.signedAt === null ? null : parseChinaDay(notice.signedAt);
  const created = publishedAt ?? signedAt ?? DEFAULT_PERIOD.to;
  const body = sanitizeBody(plainTextToHtml(notice.body.join('\n')));
  let docNumber: NoticeDoc['docNumber'] = null;
  if (notice.docNumber !== null) {
    const parsed = parseDocNumber(notice.docNumber);
    if (!parsed.ok)
      throw new Error(`demo notice ${notice.title}: malformed 文号: ${parsed.reason}`);
    docNumber = parsed.value;
  }
  return {
    _id: makeNoticeId(
      site.level,
      localNoticeId(site._id, notice.title, notice.publishedAt ?? 'draft'),
    ),
    level: site.level,
    siteId: site._id,
    columnId: notice.columnId,
    kind: notice.kind,
    title: notice.title,
    docNumber,
    indexNumber: notice.indexNumber,
    issuer: notice.issuer,
    category: notice.category,
    topics: notice.topics,
    keywords: notice.keywords,
    disclosure: notice.disclosure,
    validity: notice.validity,
    signedAt,
    publishedAt: notice.status === 'PUBLISHED' ? publishedAt : null,
    createdAt: created,
    updatedAt: created,
    url: notice.url,
    body,
    summary: summarize(body),
    version: 1,
    status: notice.status,
    interpretsId: null,
    withdrawnReason: null,
    createdBy: 'seed',
    updatedBy: 'seed',
    ...noWorkflowState(),
    publishedBy: notice.status === 'PUBLISHED' ? 'seed' : null,
    ...(notice.mandate
      ? { mandate: { ...notice.mandate, levels: [...notice.mandate.levels] } }
      : {}),
  };
}
