import { htmlToPlainText } from '../../../core/html';
import { DuplicateIndex, docNumberKey, normalizeForComparison } from '../../../core/importer';
import type { LevelContext } from '../context';

/**
 * What recognises a page as another rendering of one of the site's notices: their 文号 and
 * fingerprints (computed for notices written before fingerprints were stored). Quarantined
 * notices are left out: a clean page is never merged into spam.
 */
export async function siteDuplicateIndex(
  ctx: LevelContext,
  siteId: string,
): Promise<DuplicateIndex> {
  const index = new DuplicateIndex();
  const rows = ctx.collections.notices.find(
    { siteId },
    { projection: { docNumber: 1, fingerprint: 1, title: 1, body: 1, status: 1 } },
  );
  for await (const row of rows) {
    if (row.status === 'QUARANTINED') continue;
    index.add({
      id: row._id,
      docNumber: docNumberKey(row.docNumber),
      fingerprint: row.fingerprint ?? {
        title: normalizeForComparison(row.title),
        text: normalizeForComparison(htmlToPlainText(row.body)),
      },
    });
  }
  return index;
}
