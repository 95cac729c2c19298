import { parseDocument } from 'htmlparser2';
import { BlockWalker } from './blockWalker';
import { hiddenReasonOf } from './elementHiding';
import type { HtmlPage } from './htmlPage';
import { readPageHead } from './readPageHead';

/**
 * Reads an HTML page into blocks: one per block-level element with text of its own, one per
 * `<br>`-separated line. Hidden content is kept, flagged with the reason, so that the spam step
 * can record what it removes; hidden inline content inside a visible block (a `display:none`
 * link in a paragraph) becomes a hidden block of its own, so the paragraph keeps only what a
 * visitor sees. Never throws: broken HTML is read the way htmlparser2 repairs it.
 */
export function htmlToBlocks(html: string): HtmlPage {
  try {
    const document = parseDocument(html, { decodeEntities: true });
    const head = readPageHead(document);
    const walker = new BlockWalker(hiddenReasonOf(head.stylesheets, head.scripts));
    const blocks = walker.walk(document);
    return {
      blocks,
      title: head.title,
      metaTags: head.metaTags,
      charsetDeclared: head.charsetDeclared,
    };
  } catch {
    return { blocks: [], title: null, metaTags: {}, charsetDeclared: null };
  }
}
