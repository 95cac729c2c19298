import type { RuleDoc } from '../../../core/model';
import type { SyndicationRuleType } from '../schema/syndicationTypes';

export function presentRule(doc: RuleDoc): SyndicationRuleType {
  return {
    id: doc._id,
    siteId: doc.siteId,
    name: doc.name,
    scope: doc.scope,
    filter: doc.filter,
    mode: doc.mode,
    targetColumnId: doc.targetColumnId,
    publish: doc.publish,
    enabled: doc.enabled,
    version: doc.version,
    updatedAt: doc.updatedAt,
    updatedBy: doc.updatedBy,
  };
}
