/**
 * Elements whose text starts a block of its own. Anything else (span, a, font, b, strong, em…)
 * joins the text of the nearest enclosing block, as a browser lays it out on one line.
 * `option` and `marquee` are here because crawled pages use them for jump menus and scrolling
 * link lists whose items would otherwise run together into one meaningless line.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main',
  'marquee', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p', 'pre', 'section', 'select',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]); // prettier-ignore

/**
 * Elements whose content is never page text: code, styles, fallbacks, embedded documents and the
 * head's own elements (the <title> is reported separately). <head> itself is not listed: broken
 * pages that never close it put their whole body inside it.
 */
export const DROPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'noembed', 'noframes', 'title', 'meta', 'link', 'base', 'svg', 'math', 'canvas',
  'audio', 'video', 'textarea',
]); // prettier-ignore
