import { decodeHTML } from 'entities';
import sanitizeHtml from 'sanitize-html';
import type { HiddenByStylesheet } from './hidingSelectors';
import { hidingSelectors } from './hidingSelectors';
import { isHiddenElement } from './isHiddenElement';

/** Document structure a notice body may keep. Everything else is unwrapped to its content. */
const BODY_TAGS = [
  'p', 'br', 'div', 'span', 'blockquote',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  'strong', 'b', 'em', 'i', 'u', 'sub', 'sup',
  'a', 'img',
]; // prettier-ignore

/**
 * Elements removed together with their content: active content, forms, embedded documents and
 * raw-text elements whose text is not part of the article (a page's <title>, a <noscript>
 * fallback). Unwrapping them would turn code or hidden fallbacks into visible text.
 */
const DROPPED_WITH_CONTENT = [
  'script', 'style', 'noscript', 'template',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noembed', 'noframes',
  'form', 'input', 'button', 'select', 'option', 'textarea',
  'head', 'title', 'meta', 'link', 'base',
  'svg', 'math', 'canvas', 'audio', 'video',
  'xmp', 'plaintext',
]; // prettier-ignore
const DROPPED = new Set(DROPPED_WITH_CONTENT);

/*
 * Pass 1 sees every element with all its original attributes and removes hidden and dropped
 * elements with their subtrees. It cannot be folded into pass 2: the allow-list deletes
 * attributes it does not allow (`style` on <a>, <td>) before the filter runs, and it never
 * calls the filter for tags it unwraps (<font style="display:none">, a favourite of 暗链).
 */
function removeHidden(html: string, hiddenByStylesheet: HiddenByStylesheet): string {
  return sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    parseStyleAttributes: false,
    // Otherwise `hidden=""` is deleted as an empty non-boolean attribute before the filter runs.
    nonBooleanAttributes: [],
    exclusiveFilter: (frame) =>
      DROPPED.has(frame.tag) ||
      isHiddenElement(frame.attribs) ||
      hiddenByStylesheet(frame.tag, frame.attribs),
  });
}

/** The text of every <style> element, read with the same parser as the passes that follow. */
function embeddedStylesheets(html: string): string[] {
  const sheets: string[] = [];
  // Fast path: without this text there is no <style> element to read.
  if (!/<style/i.test(html)) return sheets;
  sanitizeHtml(html, {
    allowedTags: ['style'],
    allowVulnerableTags: true,
    exclusiveFilter: (frame) => {
      if (frame.tag === 'style') sheets.push(frame.text);
      return false;
    },
  });
  return sheets;
}

const LINK_SCHEMES = ['http', 'https', 'mailto'];
const IMAGE_SCHEMES = ['http', 'https'];

/*
 * sanitize-html checks a URL as its parser decoded it, and that parser leaves character
 * references without the final `;` as text (`&#106avascript:`), where browsers decode them. The
 * output escapes the `&` again, so such a value is inert, but it is never a working link either.
 * The check is repeated on the value decoded the way a browser does, ignoring what browsers ignore
 * (C0 controls and spaces), and the attribute goes when the scheme is not allowed.
 */
function refusedUrl(url: string, schemes: readonly string[]): boolean {
  // eslint-disable-next-line no-control-regex -- browsers skip these inside a URL's scheme
  const bare = decodeHTML(url).replace(/[\x00-\x20]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(bare);
  if (scheme) return !schemes.includes(scheme[1].toLowerCase());
  return /^[/\\]{2}/.test(bare);
}

function withoutRefusedUrl(
  attribs: sanitizeHtml.Attributes,
  name: string,
  schemes: readonly string[],
): sanitizeHtml.Attributes {
  const url = attribs[name];
  if (url === undefined || !refusedUrl(url, schemes)) return attribs;
  return Object.fromEntries(Object.entries(attribs).filter(([key]) => key !== name));
}

/** A table cell's span, kept only as the small whole number browsers read. */
function withNumericSpans(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  const kept: sanitizeHtml.Attributes = {};
  for (const [name, value] of Object.entries(attribs)) {
    if ((name === 'colspan' || name === 'rowspan') && !/^\s*[1-9]\d{0,2}\s*$/.test(value)) continue;
    kept[name] = value;
  }
  return kept;
}

/* Pass 2 is the security boundary on its own: an allow-list that does not rely on pass 1. */
const ALLOW_LIST: sanitizeHtml.IOptions = {
  allowedTags: BODY_TAGS,
  allowedAttributes: {
    a: ['href', 'rel'],
    img: ['src', 'alt'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan'],
  },
  // Relative URLs carry no scheme and are kept (an importer may resolve them against the page).
  allowedSchemes: LINK_SCHEMES,
  allowedSchemesByTag: { img: IMAGE_SCHEMES },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: DROPPED_WITH_CONTENT,
  transformTags: {
    // Links lead to other sites; the target must not get a handle on our window or referrer.
    // (`target` itself is not allowed, so no link opens a window of its own.)
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...withoutRefusedUrl(attribs, 'href', LINK_SCHEMES), rel: 'noopener noreferrer' },
    }),
    img: (tagName, attribs) => ({
      tagName,
      attribs: withoutRefusedUrl(attribs, 'src', IMAGE_SCHEMES),
    }),
    td: (tagName, attribs) => ({ tagName, attribs: withNumericSpans(attribs) }),
    th: (tagName, attribs) => ({ tagName, attribs: withNumericSpans(attribs) }),
  },
  // An image whose only source was refused (data:, javascript:) would render as a broken icon.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

/**
 * Sanitises a notice body for storage and display: keeps paragraphs, headings, lists, tables,
 * basic emphasis, http(s)/mailto links and http(s) images; drops scripts, styles, embeds and
 * forms with their content; drops hidden elements with their content (hidden by attribute,
 * inline style or a class/id rule in an embedded <style>); strips every other attribute
 * (event handlers, style, class).
 */
export function sanitizeBody(html: string): string {
  const visible = removeHidden(html, hidingSelectors(embeddedStylesheets(html)));
  return sanitizeHtml(visible, ALLOW_LIST);
}
