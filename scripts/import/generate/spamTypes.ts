import type { SpamKind } from './pageTypes';

/** Where injected spam sits on the page. */
export type SpamPlacement =
  | 'page-top' // right after <body>, above the site header (first lines of a text page)
  | 'content-top' // above the notice title
  | 'glued-first' // in the same paragraph as the first legitimate paragraph, before it
  | 'glued-last' // in the same paragraph as the last legitimate paragraph, after it
  | 'content-bottom' // after the last paragraph
  | 'page-bottom' // after the footer, before </body> (last lines of a text page)
  | 'after-html'; // after </html>, where careless injectors append

export interface SpamSegment {
  text: string;
  href: string | null;
}

/** One block of spam: one element of an HTML page, one line of a text page. */
export interface SpamBlock {
  segments: SpamSegment[];
  separator: string;
}

/** How HTML hides a HIDDEN_LINKS container. */
export type SpamHiding =
  | { how: 'style'; style: string }
  | { how: 'class'; className: string; css: string }
  | { how: 'attribute' };

export interface SpamInjection {
  kind: SpamKind;
  placement: SpamPlacement;
  /** How the blocks are laid out in HTML: one flat element, <p>s, <li>s or <br>-separated lines. */
  layout: 'flat' | 'p' | 'ul' | 'br';
  blocks: SpamBlock[];
  hiding: SpamHiding | null;
}

/** The text a block shows, as the truth records it. */
export function blockText(block: SpamBlock): string {
  return block.segments.map((segment) => segment.text).join(block.separator);
}
