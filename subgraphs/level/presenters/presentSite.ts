import type { SiteDoc } from '../../../core/model';
import type { SiteView } from '../schema/createSiteType';

export function presentSite(doc: SiteDoc): SiteView {
  return {
    id: doc._id,
    code: doc.code,
    name: doc.name,
    level: doc.level,
    kind: doc.kind,
    regionCode: doc.regionCode,
    url: doc.url,
    parentId: doc.parentId,
    columns: doc.columns,
  };
}
