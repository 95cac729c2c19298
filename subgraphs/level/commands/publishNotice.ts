import { InvalidStateError } from '../../../core/errors';
import type { NoticeDoc } from '../../../core/model';
import type { LevelContext } from '../context';
import { authorize } from '../policies';
import { actorOf } from './actorOf';
import { auditFacts } from './auditFacts';
import { loadNotice, versionToWrite } from './loadNotice';
import { screenSpam } from './screenSpam';
import { screenTerms } from './screenTerms';
import { writeVersioned } from './writeVersioned';

/**
 * APPROVED → PUBLISHED, after the term check. The first publication fixes
 * 发布日期; the publisher is on record (谁发布谁负责).
 */
export async function publishNotice(
  ctx: LevelContext,
  id: string,
  expectedVersion?: number | null,
  overrideReason?: string | null,
): Promise<NoticeDoc> {
  const doc = await loadNotice(ctx, id);
  const principal = authorize(ctx.principal, 'publish', doc.siteId);
  if (doc.status !== 'APPROVED') {
    throw new InvalidStateError(
      doc.status === 'DRAFT' || doc.status === 'WITHDRAWN'
        ? 'the notice must pass review (三审) first: submit it'
        : `only an approved notice can be published; this one is ${doc.status}`,
      doc.status,
    );
  }
  const version = versionToWrite(doc, expectedVersion);
  screenSpam(doc);
  const screen = screenTerms(ctx, doc, principal, overrideReason);
  return writeVersioned(ctx, doc, version, {
    set: {
      status: 'PUBLISHED',
      publishedAt: doc.publishedAt ?? new Date(),
      publishedBy: principal.sub,
      withdrawnReason: null,
      ...(screen.termOverride ? { termOverride: screen.termOverride } : {}),
    },
    actor: actorOf(principal),
    change: 'PUBLISHED',
    audit: auditFacts('PUBLISH', { screen }),
  });
}
