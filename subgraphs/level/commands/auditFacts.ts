import type { AuditAction, ReviewStep } from '../../../core/model';
import type { AuditFacts } from './auditSummary';
import type { ScreenResult } from './screenTerms';

/** Audit facts for an action, with the term override (if any) it carried. */
export function auditFacts(
  action: AuditAction,
  options: {
    step?: ReviewStep | null;
    reason?: string | null;
    changedFields?: string[];
    screen?: ScreenResult;
  } = {},
): AuditFacts {
  return {
    action,
    step: options.step ?? null,
    reason: options.reason ?? null,
    changedFields: options.changedFields ?? [],
    overriddenTerms: options.screen?.overriddenTerms ?? [],
    overrideReason: options.screen?.overrideReason ?? null,
  };
}
