import { styleHidesElement } from './styleHidesElement';

/**
 * True when an element is not rendered: the `hidden` attribute, `aria-hidden="true"`, or an
 * inline style that hides it. Such content is what a visitor never sees, typically spam links
 * (暗链) injected into hacked pages, so the sanitizer removes it rather than exposing it.
 */
export function isHiddenElement(attribs: Readonly<Record<string, string>>): boolean {
  if (Object.hasOwn(attribs, 'hidden')) return true;
  if (attribs['aria-hidden']?.trim().toLowerCase() === 'true') return true;
  const style = attribs.style;
  return style !== undefined && styleHidesElement(style);
}
