import type { FeedLinks } from './feedLinks';
import { GOVHUB_NAMESPACE } from './feedIds';
import type { FeedItem, FeedPage } from './FeedSource';
import { govhubElements } from './govhubElements';
import { httpUrl } from './httpUrl';
import { escapeHtml, itemTitle } from './itemText';
import { addRootAttributes, appendToEach, insertBefore } from './spliceXml';
import { xmlCdata, xmlElement } from './xmlMarkup';

const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

/**
 * Adds to the library's RSS 2.0 what it has no option for: the RFC 5005
 * `atom:link`s first and next, and per item its plain-text title, dc:creator
 * (发布机构), atom:updated, `<source url>` for a repost and the govhub elements.
 */
export function addRssExtensions(rss2: string, page: FeedPage, links: FeedLinks): string {
  const withNamespaces = addRootAttributes(rss2, '<rss ', {
    'xmlns:dc': DUBLIN_CORE,
    'xmlns:govhub': GOVHUB_NAMESPACE,
  });
  const link = (rel: string, href: string) =>
    xmlElement('atom:link', { href, rel, type: 'application/rss+xml' });
  const paged = insertBefore(
    withNamespaces,
    '<item>',
    '</channel>',
    [link('first', links.first), ...(links.next ? [link('next', links.next)] : [])],
    ' '.repeat(8),
  );
  const items = appendToEach(paged, '</item>', page.items.map(itemAdditions), ' '.repeat(12)).split(
    '</item>',
  );
  return items
    .map((item, index) => {
      const notice = page.items[index];
      return notice ? plainTitle(item, notice) : item;
    })
    .join('</item>');
}

function itemAdditions(item: FeedItem): string[] {
  const source = item.source && httpUrl(item.source.link);
  return [
    ...(item.issuer ? [xmlElement('dc:creator', {}, item.issuer)] : []),
    xmlElement('atom:updated', {}, item.updatedAt.toISOString()),
    ...(item.source && source ? [xmlElement('source', { url: source }, item.source.siteName)] : []),
    ...govhubElements(item),
  ];
}

/**
 * RSS titles are plain text. The library got the title escaped as HTML (so
 * that its CDATA holds no markup nor a second `]]>`, which it cannot write);
 * the plain one replaces it here.
 */
function plainTitle(itemXml: string, item: FeedItem): string {
  const title = itemTitle(item);
  const written = `<title>${xmlCdata(escapeHtml(title))}</title>`;
  const start = itemXml.lastIndexOf('<item>');
  const at = itemXml.indexOf(written, start);
  if (start === -1 || at === -1) throw new Error(`no title in the RSS item of ${item.id}`);
  return `${itemXml.slice(0, at)}<title>${xmlCdata(title)}</title>${itemXml.slice(at + written.length)}`;
}
