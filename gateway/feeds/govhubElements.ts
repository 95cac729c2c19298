import type { FeedItem } from './FeedSource';
import { httpUrl } from './httpUrl';
import { xmlElement } from './xmlMarkup';

/**
 * The official metadata of an item in the govhub namespace (GOVHUB_NAMESPACE,
 * prefix `govhub`), the same in RSS and Atom and named like JSON Feed's
 * `_govhub` object: docNumber (文号), issuer (发布机构), indexNumber (索引号),
 * status, and source (来源) for a repost.
 */
export function govhubElements(item: FeedItem): string[] {
  const text = (name: string, value: string | null) =>
    value ? [xmlElement(`govhub:${name}`, {}, value)] : [];
  return [
    ...text('docNumber', item.docNumber),
    ...text('issuer', item.issuer),
    ...text('indexNumber', item.indexNumber),
    ...text('status', item.status),
    ...(item.source
      ? [
          xmlElement(
            'govhub:source',
            { noticeId: item.source.noticeId, href: httpUrl(item.source.link) },
            item.source.siteName,
          ),
        ]
      : []),
  ];
}
