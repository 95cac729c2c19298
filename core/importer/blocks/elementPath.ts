/** `div#footer.foot.clearfix`: one step of a block's path, for chrome heuristics. */
export function pathSegment(tag: string, attribs: Readonly<Record<string, string>>): string {
  const id = attribs.id?.trim();
  const classes = (attribs.class ?? '').split(/\s+/).filter(Boolean);
  return tag + (id ? `#${id}` : '') + classes.map((name) => `.${name}`).join('');
}

/** Appends a step to a parent path (`''` at the top). */
export function joinPath(parent: string, segment: string): string {
  return parent === '' ? segment : `${parent}>${segment}`;
}
