import { SpamDetectedError } from '../../../core/errors';
import { checkNoticeSpam } from '../../../core/importer';
import type { NoticeDoc } from '../../../core/model';

/**
 * The spam check (暗链, gambling and explicit keyword runs, link farms, hidden links) that every
 * notice passes before it is submitted or published, and so before anything can repost it. Unlike
 * 错敏词 it has no override: spam is never published.
 */
export function screenSpam(doc: NoticeDoc): void {
  const check = checkNoticeSpam({ title: doc.title, bodyHtml: doc.body });
  if (check.clean) return;
  throw new SpamDetectedError(
    check.hits.map((hit) => ({
      field: doc.title.includes(hit.text) ? 'title' : 'body',
      reason: hit.reason,
      text: hit.text.slice(0, 200),
    })),
  );
}
