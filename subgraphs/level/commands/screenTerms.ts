import type { Principal } from '../../../core/auth';
import { SensitiveTermsError } from '../../../core/errors';
import { htmlToPlainText } from '../../../core/html';
import type { NoticeDoc, TermOverride } from '../../../core/model';
import { checkTerms, unresolvedMatches } from '../../../core/terms';
import type { LevelContext } from '../context';
import { authorize } from '../policies';
import { actorOf } from './actorOf';
import { reasonText } from './loadNotice';

export interface ScreenResult {
  /** The override to store, when this call added one; undefined when nothing changes. */
  termOverride?: TermOverride;
  /** Terms accepted by this call, and why (for the audit entry). */
  overriddenTerms: string[];
  overrideReason: string | null;
}

/**
 * The pre-publication check (保密审查, 错敏词) on the text a notice will be
 * published with. Blocking terms that no approver has accepted fail with
 * SENSITIVE_TERMS listing every match. With `overrideReason`, an approver of
 * the site accepts the terms found now; the acceptance is stored on the
 * notice and audited, and any other term found later still blocks.
 */
export function screenTerms(
  ctx: LevelContext,
  doc: NoticeDoc,
  principal: Principal,
  overrideReason: string | null | undefined,
): ScreenResult {
  const body = htmlToPlainText(doc.body);
  const matches = checkTerms(ctx.terms, [
    { field: 'title', text: doc.title },
    // A summary derived from the body would only repeat the body's matches.
    { field: 'summary', text: isExcerptOf(doc.summary, body) ? '' : (doc.summary ?? '') },
    { field: 'issuer', text: doc.issuer ?? '' },
    { field: 'body', text: body },
  ]);
  const accepted = doc.termOverride?.terms ?? [];
  const open = unresolvedMatches(matches, accepted);
  const reason = reasonText(overrideReason, 'overrideReason', true);
  if (open.length === 0) return { overriddenTerms: [], overrideReason: null };
  if (reason === null) {
    throw new SensitiveTermsError(
      open.map((m) => ({
        field: m.field,
        position: m.position,
        term: m.term,
        kind: m.kind,
        suggestion: m.suggestion,
      })),
    );
  }
  authorize(principal, 'overrideTerms', doc.siteId);
  const terms = [...new Set(open.map((m) => m.term))];
  const all = [...new Set([...accepted, ...terms])];
  return {
    termOverride: { terms: all, by: actorOf(principal), at: new Date(), reason },
    overriddenTerms: terms,
    overrideReason: reason,
  };
}

function isExcerptOf(summary: string | null, body: string): boolean {
  if (!summary) return true;
  const squeeze = (text: string) => text.replace(/[\s…]+/g, '');
  return squeeze(body).includes(squeeze(summary));
}
