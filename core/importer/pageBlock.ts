/**
 * A page as the importer sees it between reading and extraction: the visible and hidden
 * text blocks of one crawled page, in page order. HTML pages become one block per
 * block-level element (p, div with direct text, li, td, h1–h6, br-separated lines);
 * plain-text pages one block per line. Every cleaning step works on blocks, so each
 * removal can say which block it took and why.
 */
export interface PageLink {
  /** The href as written (not resolved). */
  href: string;
  /** The link's visible text, whitespace-collapsed. */
  text: string;
  /** The link or one of its ancestors is not rendered (see `PageBlock.hiddenReason`). */
  hidden: boolean;
}

export interface PageBlock {
  /** Position in page order, from 0; stable through cleaning (removals keep the indexes). */
  index: number;
  /** Block text, whitespace inside a line collapsed to one space, trimmed. */
  text: string;
  /** Lower-case tag of the element the text came from (`p`, `h1`, `li`, `td`, `div`…); `line` for plain text. */
  tag: string;
  /**
   * Tag path with ids and classes, `body>div#nav.top>ul>li`, for chrome heuristics
   * (nav/footer/header/aside containers, `class="share"`…); empty for plain-text pages.
   */
  path: string;
  /** The element or an ancestor is not rendered (display:none, off-screen, zero size, `hidden`…). */
  hidden: boolean;
  /** Why it is hidden, e.g. `style display:none on div.a1`; null when visible. */
  hiddenReason: string | null;
  /** Links inside the block, in order. */
  links: PageLink[];
  /** True when the block begins a new paragraph in the source (a <p>, an empty line before it…). */
  paragraphStart: boolean;
}

/** What a cleaning step took out of a page, kept in the import report. */
export type RemovalKind = 'CHROME' | 'SPAM' | 'PINYIN' | 'HIDDEN';

export interface Removal {
  kind: RemovalKind;
  /** Stable machine reason, e.g. `ICP_FILING`, `GAMBLING_KEYWORDS`, `PLACE_NAME_LIST`, `HIDDEN_LINKS`. */
  reason: string;
  /** Block the text came from. */
  blockIndex: number;
  /** The removed text (whole block or the part of it), shortened to at most 200 characters. */
  text: string;
}

/** How sure the parser is about one extracted field, and where it was found. */
export interface FieldSource {
  /** Where: `header` (发布日期 line), `title` (the heading), `signature` (issuer/date at the end), `body`, `metadata-table`, `meta-tag`, `url`… */
  from: string;
  /** The block the value was read from, or null when derived. */
  blockIndex: number | null;
  /** 0–1: 1 for a labelled field (`文号：…`), lower for positional guesses. */
  confidence: number;
}
