/**
 * Inserting into the feed library's XML by its tags. Sound because nothing
 * the library writes can look like a tag: it escapes its text nodes, URLs are
 * serialized by WHATWG URL (no `<`), and every CDATA section it gets is HTML
 * escaped here first (libraryFeed), `<p>` paragraphs aside.
 */

/** `additions` at the end of each element closed by `closingTag`, in order, one per element. */
export function appendToEach(
  xml: string,
  closingTag: string,
  additions: string[][],
  indent: string,
): string {
  const parts = xml.split(closingTag);
  if (parts.length !== additions.length + 1) {
    throw new Error(`${parts.length - 1} ${closingTag} for ${additions.length} items`);
  }
  return parts
    .map((part, index) => {
      const elements = additions[index];
      if (!elements) return part;
      const content = part.trimEnd();
      const added = elements.map((element) => `\n${indent}${element}`).join('');
      return `${content}${added}${part.slice(content.length)}`;
    })
    .join(closingTag);
}

/** `elements` before the first `before` tag, or when there is none, before `orBefore`. */
export function insertBefore(
  xml: string,
  before: string,
  orBefore: string,
  elements: string[],
  indent: string,
): string {
  const first = xml.indexOf(before);
  const at = first === -1 ? xml.lastIndexOf(orBefore) : first;
  if (at === -1) throw new Error(`no ${before} nor ${orBefore}`);
  const inserted = elements.map((element) => `${element}\n${indent}`).join('');
  return `${xml.slice(0, at)}${inserted}${xml.slice(at)}`;
}

/** Namespace declarations and the like on the root element (`<rss `, `<feed `: the first tag). */
export function addRootAttributes(
  xml: string,
  rootStart: string,
  attributes: Record<string, string>,
): string {
  const at = xml.indexOf(rootStart);
  if (at === -1) throw new Error(`no ${rootStart}`);
  const written = Object.entries(attributes)
    .map(([name, value]) => `${name}="${value}" `)
    .join('');
  return `${xml.slice(0, at + rootStart.length)}${written}${xml.slice(at + rootStart.length)}`;
}
