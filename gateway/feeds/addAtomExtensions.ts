import type { FeedLinks } from './feedLinks';
import { GOVHUB_NAMESPACE } from './feedIds';
import type { FeedItem, FeedPage } from './FeedSource';
import { govhubElements } from './govhubElements';
import { httpUrl } from './httpUrl';
import { itemCategories } from './itemText';
import { FEED_LANGUAGE } from './libraryFeed';
import { addRootAttributes, appendToEach, insertBefore } from './spliceXml';
import { xmlElement } from './xmlMarkup';

/**
 * Adds to the library's Atom 1.0 what it has no option for: xml:lang, the
 * RFC 5005 links first and next, and per entry its categories, `<link
 * rel="via">` to the original of a repost and the govhub elements.
 */
export function addAtomExtensions(atom1: string, page: FeedPage, links: FeedLinks): string {
  const withNamespaces = addRootAttributes(atom1, '<feed ', {
    'xml:lang': FEED_LANGUAGE,
    'xmlns:govhub': GOVHUB_NAMESPACE,
  });
  const link = (rel: string, href: string) =>
    xmlElement('link', { rel, href, type: 'application/atom+xml' });
  const paged = insertBefore(
    withNamespaces,
    '<entry>',
    '</feed>',
    [link('first', links.first), ...(links.next ? [link('next', links.next)] : [])],
    ' '.repeat(4),
  );
  return appendToEach(paged, '</entry>', page.items.map(entryAdditions), ' '.repeat(8));
}

function entryAdditions(item: FeedItem): string[] {
  const via = item.source && httpUrl(item.source.link);
  return [
    // Here and not by the library, which does not escape attributes.
    ...itemCategories(item).map((term) => xmlElement('category', { term })),
    ...(item.source && via
      ? [xmlElement('link', { rel: 'via', href: via, title: item.source.siteName })]
      : []),
    ...govhubElements(item),
  ];
}
