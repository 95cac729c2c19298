import postcss from 'postcss';

/*
 * Hacked government pages carry spam links (暗链) hidden by inline styles. A sanitizer that merely
 * strips the style attribute would make them visible, so an element whose style hides it is
 * removed together with its content. The test is deliberately eager: any hiding declaration
 * counts, even if a later one in the same attribute would override it in a browser.
 */

/**
 * Negative offsets at least this far (in CSS px) move content off screen rather than indent it;
 * hanging indents from Word (text-indent:-21pt, -2em) stay well short of it.
 */
const OFFSCREEN_PX = 200;
/** Sizes up to this (in CSS px) with overflow hidden show nothing readable. */
const INVISIBLE_SIZE_PX = 1;

const PX_PER_UNIT: Readonly<Record<string, number>> = {
  px: 1,
  pt: 4 / 3,
  pc: 16,
  in: 96,
  cm: 96 / 2.54,
  mm: 96 / 25.4,
  q: 96 / 101.6,
  em: 16,
  rem: 16,
  ex: 8,
  ch: 8,
  vw: 10,
  vh: 10,
  vmin: 10,
  vmax: 10,
};

const OFFSET_PROPS = new Set([
  'left',
  'right',
  'top',
  'bottom',
  'text-indent',
  'margin-left',
  'margin-top',
]);
const OFFSET_SHORTHANDS = new Set(['margin', 'inset']);
const SIZE_PROPS = new Set(['width', 'height', 'max-width', 'max-height']);
const OVERFLOW_PROPS = new Set(['overflow', 'overflow-x', 'overflow-y']);

/** A CSS declaration with lower-case property name and value. */
export interface Declaration {
  prop: string;
  value: string;
}

/** True when an inline `style` attribute value hides the element it is on. */
export function styleHidesElement(style: string): boolean {
  return declarationsHide(parseDeclarations(style));
}

/** True when a set of declarations (one inline style, or one CSS rule) hides its element. */
export function declarationsHide(declarations: readonly Declaration[]): boolean {
  let clipsOverflow = false;
  let tiny = false;
  for (const { prop, value } of declarations) {
    if (declarationHides(prop, value)) return true;
    if (OVERFLOW_PROPS.has(prop) && (value === 'hidden' || value === 'clip')) clipsOverflow = true;
    if (SIZE_PROPS.has(prop) && isTinyLength(value)) tiny = true;
  }
  return clipsOverflow && tiny;
}

function declarationHides(prop: string, value: string): boolean {
  switch (prop) {
    case 'display':
      return value === 'none';
    case 'visibility':
      return value === 'hidden' || value === 'collapse';
    case 'opacity':
      return isZero(value);
    case 'font-size':
      return isZero(value);
    case 'font':
      // `font: 0/0 a` is the classic text-hiding shorthand: the size comes before any `/`.
      return value.split(/\s+/).some((token) => isZero(token.split('/')[0]));
  }
  if (OFFSET_PROPS.has(prop)) return isOffscreen(value);
  if (OFFSET_SHORTHANDS.has(prop)) return value.split(/\s+/).some(isOffscreen);
  return false;
}

/**
 * Declarations with lower-case property names and values. A style the CSS parser rejects as a
 * whole is read declaration by declaration, skipping the broken ones, which is how browsers
 * recover: `color:red;display:none;oops` still hides in a browser, so it must hide here.
 */
function parseDeclarations(style: string): Declaration[] {
  const whole = tryParse(style);
  if (whole) return whole;
  return style.split(';').flatMap((part) => tryParse(part) ?? []);
}

function tryParse(css: string): Declaration[] | null {
  try {
    const declarations: Declaration[] = [];
    // Wrapped in a rule because the parser expects a stylesheet; a `}` in the attribute only
    // opens more rules, whose declarations are checked as well.
    postcss.parse(`x{${css}}`).walkDecls((decl) => {
      declarations.push(toDeclaration(decl));
    });
    return declarations;
  } catch {
    return null;
  }
}

export function toDeclaration(decl: { prop: string; value: string }): Declaration {
  return {
    prop: unescapeCss(decl.prop).toLowerCase(),
    value: unescapeCss(decl.value).trim().toLowerCase(),
  };
}

/** `\` + 1-6 hex digits (+ one optional white space), or `\` + any other character. */
const CSS_ESCAPE = /\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|([^\n\r\f]))/g;

/*
 * Browsers read `\64isplay:n\one` as `display:none`; postcss hands the escapes back as written.
 * Decoded here so that an escaped declaration still counts as hiding.
 */
function unescapeCss(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(CSS_ESCAPE, (_escape, hex: string | undefined, char: string | undefined) => {
    if (hex === undefined) return char ?? '';
    const code = Number.parseInt(hex, 16);
    const invalid = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
    return invalid ? '\ufffd' : String.fromCodePoint(code);
  });
}

function parseLength(value: string): { amount: number; unit: string } | null {
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+))([a-z%]*)$/.exec(value);
  return match ? { amount: Number(match[1]), unit: match[2] } : null;
}

function isZero(value: string): boolean {
  const length = parseLength(value);
  return length !== null && length.amount === 0;
}

function toPx(value: string): number | null {
  const length = parseLength(value);
  if (!length) return null;
  if (length.amount === 0) return 0;
  const factor = PX_PER_UNIT[length.unit];
  return factor === undefined ? null : length.amount * factor;
}

function isOffscreen(value: string): boolean {
  const length = parseLength(value);
  // A percentage is of the containing block: -100% moves the content fully out of it.
  if (length && length.unit === '%') return length.amount <= -100;
  const px = toPx(value);
  return px !== null && px <= -OFFSCREEN_PX;
}

function isTinyLength(value: string): boolean {
  const px = toPx(value);
  return px !== null && px >= 0 && px <= INVISIBLE_SIZE_PX;
}
