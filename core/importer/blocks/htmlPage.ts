import type { PageBlock } from '../pageBlock';

/** An HTML page read into blocks, with what its <head> says about it. */
export interface HtmlPage {
  blocks: PageBlock[];
  /** The <title> text, whitespace-collapsed; null when missing or empty. */
  title: string | null;
  /**
   * <meta> contents by lower-case `name` or `property` (`articletitle`, `pubdate`,
   * `contentsource`, `description`, `keywords`…); the first of duplicates wins.
   */
  metaTags: Record<string, string>;
  /** The charset a <meta> declares, lower-case (`gb2312`, `utf-8`); null when none does. */
  charsetDeclared: string | null;
}
