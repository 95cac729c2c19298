import type { HiddenByStylesheet } from '../../html/hidingSelectors';
import { hidingSelectors } from '../../html/hidingSelectors';
import { isHiddenElement } from '../../html/isHiddenElement';
import { pathSegment } from './elementPath';

/** Why an element is not rendered (with its content), or null when it is. */
export type HiddenReasonOf = (
  tag: string,
  attribs: Readonly<Record<string, string>>,
) => string | null;

/*
 * Injected spam (暗链) is hidden in a handful of ways, all cheap to see without a browser: the
 * `hidden` attribute and hiding inline styles (core/html decides which), a class or id that an
 * embedded <style> hides, a zero-height <marquee>, and an id that an inline script hides right
 * after the element (`document.getElementById('a8').style.display='none'`).
 */
export function hiddenReasonOf(
  stylesheets: readonly string[],
  scripts: readonly string[],
): HiddenReasonOf {
  const bySheet = hidingSelectors(stylesheets);
  const byScript = scriptHiddenIds(scripts);
  return (tag, attribs) => {
    const why = hidingCause(tag, attribs, bySheet, byScript);
    return why === null ? null : `${why} on ${pathSegment(tag, attribs)}`;
  };
}

function hidingCause(
  tag: string,
  attribs: Readonly<Record<string, string>>,
  bySheet: HiddenByStylesheet,
  byScript: ReadonlySet<string>,
): string | null {
  if (isHiddenElement(attribs)) {
    if (Object.hasOwn(attribs, 'hidden')) return 'hidden attribute';
    if (attribs['aria-hidden']?.trim().toLowerCase() === 'true') return 'aria-hidden';
    return `style "${shorten(attribs.style ?? '')}"`;
  }
  if (bySheet(tag, attribs)) return 'stylesheet rule';
  if (attribs.id !== undefined && byScript.has(attribs.id)) return 'hidden by script';
  if (tag === 'marquee' && (tinyAttribute(attribs.height) || tinyAttribute(attribs.width))) {
    return 'zero-size marquee';
  }
  return null;
}

function shorten(style: string): string {
  const collapsed = style.replace(/\s+/g, ' ').trim();
  return collapsed.length > 80 ? `${collapsed.slice(0, 79)}…` : collapsed;
}

function tinyAttribute(value: string | undefined): boolean {
  if (value === undefined) return false;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(value);
  return match !== null && Number(match[1]) <= 1;
}

/*
 * Only short, straight-line scripts count: a script that defines functions (tabs, menus, font-size
 * buttons) hides things on a click, not at load, and its targets are real content.
 */
function isStraightLine(script: string): boolean {
  return script.length <= 600 && !/function|=>|addEventListener|onclick|setTimeout/i.test(script);
}

const HIDE_BY_ID = [
  /getElementById\(\s*["']([^"']+)["']\s*\)\s*\.\s*style\s*\.\s*(?:display\s*=\s*["']none|visibility\s*=\s*["']hidden)/gi,
  /\$\(\s*["']#([\w-]+)["']\s*\)\s*\.\s*(?:hide\(\s*\)|css\(\s*["']display["']\s*,\s*["']none)/gi,
];

function scriptHiddenIds(scripts: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const script of scripts) {
    if (!isStraightLine(script)) continue;
    for (const pattern of HIDE_BY_ID) {
      for (const match of script.matchAll(pattern)) ids.add(match[1]);
    }
  }
  return ids;
}

const WRITES_HIDDEN_OPENING =
  /document\.write(?:ln)?\(\s*["'][^"']*<(?:div|span|p|marquee|font)\b[^>]*(?:display\s*:\s*none|visibility\s*:\s*hidden|(?:left|top|text-indent)\s*:\s*-\s*\d{3,}|font-size\s*:\s*0|height\s*:\s*0)/i;
const WRITES_CLOSING = /document\.write(?:ln)?\(\s*["']\s*<\/(?:div|span|p|marquee|font)\s*>/i;

/**
 * A classic 暗链 wrapper: one script writes `<div style="display:none">`, plain links follow, a
 * second script writes `</div>`. The parser sees no wrapper, so the siblings between the two
 * scripts are hidden here. Returns `open`, `close`, or null for an unrelated script.
 */
export function scriptWrapperEffect(script: string): 'open' | 'close' | null {
  if (!isStraightLine(script)) return null;
  if (WRITES_HIDDEN_OPENING.test(script)) return WRITES_CLOSING.test(script) ? null : 'open';
  return WRITES_CLOSING.test(script) ? 'close' : null;
}
