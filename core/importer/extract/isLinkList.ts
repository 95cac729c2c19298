import type { PageBlock, PageLink } from '../pageBlock';

const ATTACHMENT = /\.(?:docx?|pdf|xlsx?|wps|et|ofd|zip|rar|7z|txt|pptx?)(?:$|[?#])/i;
const SEPARATORS = /[\s|·•/>»›,、]+/g;
/** Share of the block's text (separators aside) that must be link text. */
const MIN_LINK_SHARE = 0.8;

/**
 * A block that is nothing but links (menus, related articles, friendly links), not counting
 * attachments: a notice's 附件 are links to documents and belong to it.
 */
export function isLinkList(block: PageBlock): boolean {
  if (block.links.length === 0) return false;
  if (block.links.some(isAttachment) || /^附件/.test(block.text)) return false;
  const text = block.text.replace(SEPARATORS, '');
  if (text === '') return false;
  const linked = block.links.reduce((n, link) => n + link.text.replace(SEPARATORS, '').length, 0);
  return linked / text.length >= MIN_LINK_SHARE;
}

function isAttachment(link: PageLink): boolean {
  return ATTACHMENT.test(link.href);
}
