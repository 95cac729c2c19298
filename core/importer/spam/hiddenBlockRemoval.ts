import type { PageBlock, PageLink, Removal } from '../pageBlock';
import { classifyHref } from './classifyLink';
import { findContacts } from './findContacts';
import { toMatchingText } from './matchingText';
import { shorten } from './shorten';
import type { SpamSpan } from './spamSpan';
import { keywordsIn } from './termMatcher';

/**
 * Hidden text is never content, so every hidden block goes. It is recorded as SPAM when it shows
 * what 暗链 are for (links or a web address outside government, spam keywords, QQ/WeChat ids) and
 * as HIDDEN otherwise: a collapsed drop-down menu of the site's own pages is not spam.
 */
export function hiddenBlockRemoval(block: PageBlock, siteDomains: readonly string[]): Removal {
  return {
    kind: showsSpam(block.text, block.links, siteDomains) ? 'SPAM' : 'HIDDEN',
    reason: block.links.length > 0 ? 'HIDDEN_LINKS' : 'HIDDEN_TEXT',
    blockIndex: block.index,
    text: shorten(block.text),
  };
}

/** Hidden text with links outside government, spam keywords or contacts is 暗链, not a menu. */
export function showsSpam(
  text: string,
  links: readonly PageLink[],
  siteDomains: readonly string[],
): boolean {
  const matching = toMatchingText(text).text;
  return (
    links.some((link) => classifyHref(link.href, siteDomains).target === 'external') ||
    keywordsIn(matching).length > 0 ||
    findContacts(matching, siteDomains).length > 0
  );
}

/** Cuts for links hidden inside a visible block (blocks made elsewhere than htmlToBlocks). */
export function hiddenLinkSpans(block: PageBlock, siteDomains: readonly string[]): SpamSpan[] {
  const spans: SpamSpan[] = [];
  let cursor = 0;
  for (const link of block.links) {
    if (link.text === '') continue;
    const at = block.text.indexOf(link.text, cursor);
    if (at < 0) continue;
    cursor = at + link.text.length;
    if (!link.hidden) continue;
    const kind = showsSpam(link.text, [link], siteDomains) ? 'SPAM' : 'HIDDEN';
    spans.push({ start: at, end: cursor, reason: 'HIDDEN_LINKS', kind });
  }
  return spans;
}
