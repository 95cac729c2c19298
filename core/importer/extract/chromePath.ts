/** What a block's element path says about it: chrome container or not, and how sure. */
export interface PathChrome {
  reason: string;
  /**
   * Strong: nav, footer, breadcrumb, share containers, chrome wherever they stand. Weak:
   * containers (header, aside, related links…) that are chrome outside the notice but whose
   * names CMS templates also give to parts of an article.
   */
  strong: boolean;
  /** Position of the matching segment in the path, counted from `body`. */
  depth: number;
}

const STRONG_PARTS: ReadonlyMap<string, string> = new Map([
  ['nav', 'NAVIGATION'],
  ['navbar', 'NAVIGATION'],
  ['navigation', 'NAVIGATION'],
  ['menu', 'NAVIGATION'],
  ['mainnav', 'NAVIGATION'],
  ['topnav', 'NAVIGATION'],
  ['subnav', 'NAVIGATION'],
  ['footer', 'FOOTER'],
  ['foot', 'FOOTER'],
  ['copyright', 'FOOTER'],
  ['breadcrumb', 'BREADCRUMB'],
  ['breadcrumbs', 'BREADCRUMB'],
  ['crumb', 'BREADCRUMB'],
  ['crumbs', 'BREADCRUMB'],
  ['share', 'SHARE_BAR'],
  ['bdshare', 'SHARE_BAR'],
  ['bdsharebuttonbox', 'SHARE_BAR'],
  ['fenxiang', 'SHARE_BAR'],
]);

const WEAK_PARTS: ReadonlyMap<string, string> = new Map([
  ['header', 'SITE_HEADER'],
  ['head', 'SITE_HEADER'],
  ['top', 'SITE_HEADER'],
  ['topbar', 'SITE_HEADER'],
  ['banner', 'SITE_HEADER'],
  ['logo', 'SITE_HEADER'],
  ['bottom', 'FOOTER'],
  ['position', 'BREADCRUMB'],
  ['location', 'BREADCRUMB'],
  ['dqwz', 'BREADCRUMB'],
  ['related', 'RELATED_ARTICLES'],
  ['xgwz', 'RELATED_ARTICLES'],
  ['xglj', 'RELATED_ARTICLES'],
  ['links', 'LINK_LIST'],
  ['friendlink', 'LINK_LIST'],
  ['yqlj', 'LINK_LIST'],
  ['search', 'SEARCH_BOX'],
  ['sidebar', 'SIDEBAR'],
  ['wza', 'ACCESSIBILITY_BAR'],
  ['toolbar', 'PRINT_BAR'],
  ['fontsize', 'FONT_SIZE_BAR'],
]);

const STRONG_TAGS: ReadonlyMap<string, string> = new Map([
  ['nav', 'NAVIGATION'],
  ['footer', 'FOOTER'],
]);
const WEAK_TAGS: ReadonlyMap<string, string> = new Map([
  ['header', 'SITE_HEADER'],
  ['aside', 'SIDEBAR'],
]);

/** Prefixes that name chrome however a template continues them (navList, footer_wrap). */
const STRONG_PREFIXES: readonly [string, string][] = [
  ['nav', 'NAVIGATION'],
  ['footer', 'FOOTER'],
  ['breadcrumb', 'BREADCRUMB'],
  ['crumb', 'BREADCRUMB'],
  ['bdshare', 'SHARE_BAR'],
  ['copyright', 'FOOTER'],
];

/**
 * The innermost chrome container on a path such as `body>div#nav.menu>ul>li`, looking only at
 * segments from `fromDepth` on (so a container that also holds the notice is not held against
 * it), strong matches before weak ones. Null when nothing on the path names chrome.
 */
export function chromePath(path: string, fromDepth = 0): PathChrome | null {
  if (path === '') return null;
  const segments = path.split('>');
  let weak: PathChrome | null = null;
  for (let depth = segments.length - 1; depth >= fromDepth; depth--) {
    const { tag, names } = parseSegment(segments[depth]);
    const strongReason = STRONG_TAGS.get(tag) ?? names.map(strongName).find(isString);
    if (strongReason) return { reason: strongReason, strong: true, depth };
    const weakReason = WEAK_TAGS.get(tag) ?? names.map(weakName).find(isString);
    if (weakReason && !weak) weak = { reason: weakReason, strong: false, depth };
  }
  return weak;
}

/** Number of leading segments two paths share. */
export function sharedPathDepth(a: string, b: string): number {
  const left = a.split('>');
  const right = b.split('>');
  let depth = 0;
  while (depth < left.length && depth < right.length && left[depth] === right[depth]) depth++;
  return depth;
}

function parseSegment(segment: string): { tag: string; names: string[] } {
  const [head, ...classes] = segment.toLowerCase().split('.');
  const [tag, id] = head.split('#');
  return { tag, names: id ? [id, ...classes] : classes };
}

function strongName(name: string): string | undefined {
  const parts = name.split(/[-_]+/);
  for (const part of [name, ...parts]) {
    const found = STRONG_PARTS.get(part);
    if (found) return found;
  }
  return STRONG_PREFIXES.find(([prefix]) => name.startsWith(prefix))?.[1];
}

function weakName(name: string): string | undefined {
  for (const part of [name, ...name.split(/[-_]+/)]) {
    const found = WEAK_PARTS.get(part);
    if (found) return found;
  }
  return undefined;
}

function isString(value: string | undefined): value is string {
  return value !== undefined;
}
