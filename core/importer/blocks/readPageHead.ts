import type { AnyNode, Element } from 'domhandler';
import { hasChildren, isTag, isText } from 'domhandler';
import { collapseWhitespace } from './collapseWhitespace';

/** What the walk over the blocks needs to know before it starts, and what the page says about itself. */
export interface PageHead {
  title: string | null;
  metaTags: Record<string, string>;
  charsetDeclared: string | null;
  /** Text of every <style> element, wherever it is. */
  stylesheets: string[];
  /** Text of every inline <script> element. */
  scripts: string[];
}

/** Reads title, meta tags, charset, stylesheets and scripts from anywhere in the document. */
export function readPageHead(root: AnyNode): PageHead {
  const head: PageHead = {
    title: null,
    metaTags: {},
    charsetDeclared: null,
    stylesheets: [],
    scripts: [],
  };
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (isTag(node)) readElement(node, head);
    if (hasChildren(node)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return head;
}

function readElement(element: Element, head: PageHead): void {
  switch (element.name) {
    case 'title':
      if (head.title === null) head.title = collapseWhitespace(textOf(element)) || null;
      break;
    case 'style':
      head.stylesheets.push(textOf(element));
      break;
    case 'script':
      if (element.attribs.src === undefined) head.scripts.push(textOf(element));
      break;
    case 'meta':
      readMeta(element.attribs, head);
      break;
  }
}

function readMeta(attribs: Readonly<Record<string, string>>, head: PageHead): void {
  if (head.charsetDeclared === null) {
    const charset =
      attribs.charset ??
      (attribs['http-equiv']?.toLowerCase() === 'content-type'
        ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(attribs.content ?? '')?.[1]
        : undefined);
    if (charset?.trim()) head.charsetDeclared = charset.trim().toLowerCase();
  }
  const key = (attribs.name ?? attribs.property)?.trim().toLowerCase();
  const content = attribs.content;
  // `__proto__` as a key would replace the record's prototype instead of adding an entry.
  if (key && key !== '__proto__' && content !== undefined && !Object.hasOwn(head.metaTags, key)) {
    head.metaTags[key] = content.trim();
  }
}

/** The concatenated text nodes under an element (raw-text elements hold exactly one). */
function textOf(element: Element): string {
  let text = '';
  const stack: AnyNode[] = [...element.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (isText(node)) text += node.data;
    else if (hasChildren(node)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return text;
}
