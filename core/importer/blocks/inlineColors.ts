import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { DROPPED_TAGS } from './blockTags';

/*
 * Spam is also hidden by painting text in the colour of its background (`color:#fff` on
 * `background:#fff`, `<font color=white>` in a `<td bgcolor=white>`). Only colours written on the
 * elements themselves are known here; a background that a stylesheet may set is unknown, and an
 * unknown background never hides anything, so a white link on a blue CSS nav bar stays visible.
 */

/** A colour as `#rrggbb`, `unknown` (set but not readable: an image, a gradient), or null (not set). */
export type InlineColor = string | null;

export const UNKNOWN_COLOR = 'unknown';

const NAMED: Readonly<Record<string, string>> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  navy: '#000080',
};

/** Values that leave the parent's background showing through. */
const SEE_THROUGH = new Set(['transparent', 'none', 'inherit', 'initial', 'unset', 'currentcolor']);

function inlineDeclarations(style: string | undefined): Map<string, string> {
  const declarations = new Map<string, string>();
  if (!style) return declarations;
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const prop = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!important/i, '')
      .trim()
      .toLowerCase();
    declarations.set(prop, value);
  }
  return declarations;
}

/** `#fff`, `#FFFFFF`, `white`, `rgb(255, 255, 255)` → `#ffffff`; null when not a colour. */
export function normalizeColor(value: string): string | null {
  const v = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,8})$/.exec(v);
  if (hex) {
    const digits = hex[1];
    if (digits.length === 3 || digits.length === 4) {
      return `#${digits[0]}${digits[0]}${digits[1]}${digits[1]}${digits[2]}${digits[2]}`;
    }
    if (digits.length === 6 || digits.length === 8) return `#${digits.slice(0, 6)}`;
    return null;
  }
  const rgb = /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*(?:[,/][^)]*)?\)$/.exec(v);
  if (rgb) {
    const channels = [rgb[1], rgb[2], rgb[3]].map((c) => Math.min(255, Number(c)));
    return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  }
  return NAMED[v] ?? null;
}

/**
 * The text colour of an element: its own `style="color:…"` or `<font color>`; `unknown` for a link
 * (browsers paint links their own colour) or an element a stylesheet may colour through its class
 * or id; otherwise the parent's.
 */
export function textColor(
  tag: string,
  attribs: Readonly<Record<string, string>>,
  parent: InlineColor,
): InlineColor {
  const declared = inlineDeclarations(attribs.style).get('color');
  if (declared !== undefined && !SEE_THROUGH.has(declared)) {
    return normalizeColor(declared) ?? UNKNOWN_COLOR;
  }
  if (tag === 'font' && attribs.color !== undefined) {
    return normalizeColor(attribs.color) ?? UNKNOWN_COLOR;
  }
  if (tag === 'body' && attribs.text !== undefined) {
    return normalizeColor(attribs.text) ?? UNKNOWN_COLOR;
  }
  if (tag === 'a' || attribs.class !== undefined || attribs.id !== undefined) return UNKNOWN_COLOR;
  return parent;
}

/**
 * The background behind an element's text: its inline `background(-color)` or `bgcolor`; `unknown`
 * when it has an image, or a class or id through which a stylesheet we cannot see may paint one;
 * otherwise the parent's.
 */
export function backgroundColor(
  attribs: Readonly<Record<string, string>>,
  parent: InlineColor,
): InlineColor {
  const declarations = inlineDeclarations(attribs.style);
  const color = declarations.get('background-color');
  if (color !== undefined && !SEE_THROUGH.has(color)) return normalizeColor(color) ?? UNKNOWN_COLOR;
  const shorthand = declarations.get('background');
  if (shorthand !== undefined && !SEE_THROUGH.has(shorthand)) {
    if (/url\(|gradient\(/.test(shorthand)) return UNKNOWN_COLOR;
    const tokens = shorthand.match(/rgba?\([^)]*\)|#[0-9a-f]+|[a-z]+/g) ?? [];
    for (const token of tokens) {
      const normalized = normalizeColor(token);
      if (normalized) return normalized;
    }
    return UNKNOWN_COLOR;
  }
  if (declarations.has('background-image') || attribs.background !== undefined) {
    return UNKNOWN_COLOR;
  }
  if (attribs.bgcolor !== undefined) return normalizeColor(attribs.bgcolor) ?? UNKNOWN_COLOR;
  if (attribs.class !== undefined || attribs.id !== undefined) return UNKNOWN_COLOR;
  return parent;
}

/** True when text colour and background are both known and the same. */
export function sameColor(text: InlineColor, background: InlineColor): boolean {
  return text !== null && text !== UNKNOWN_COLOR && text === background;
}

/** Beyond this many nodes, same-colour hiding is not worth proving. */
const COLOUR_CHECK_LIMIT = 5000;

/**
 * Text painted in its background's colour is hidden only if none of it gets a colour of its own
 * further down (`<font color=white><a href>` shows a link in the browser's link colour).
 */
export function allTextInvisible(
  element: Element,
  color: InlineColor,
  background: InlineColor,
): boolean {
  const stack: [AnyNode, InlineColor, InlineColor][] = element.children.map((child) => [
    child,
    color,
    background,
  ]);
  let visited = 0;
  while (stack.length > 0) {
    const entry = stack.pop();
    if (entry === undefined || ++visited > COLOUR_CHECK_LIMIT) return false;
    const [node, nodeColor, nodeBackground] = entry;
    if (isText(node)) {
      if (node.data.trim() !== '' && !sameColor(nodeColor, nodeBackground)) return false;
    } else if (isTag(node) && !DROPPED_TAGS.has(node.name)) {
      const childColor = textColor(node.name, node.attribs, nodeColor);
      const childBackground = backgroundColor(node.attribs, nodeBackground);
      for (const child of node.children) stack.push([child, childColor, childBackground]);
    }
  }
  return true;
}
