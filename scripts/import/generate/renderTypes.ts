import type { ComposedNotice } from './noticeTypes';
import type { PageText } from './pageScript';
import type { InjectedSpam } from './pageTypes';
import type { SiteChrome } from './siteChrome';
import type { SpamInjection } from './spamTypes';

/** What a page renderer gets: the notice, its site, how to write text, and the spam to plant. */
export interface RenderInput {
  notice: ComposedNotice;
  chrome: SiteChrome;
  text: PageText;
  spam: readonly SpamInjection[];
  /** The content was replaced by spam (SPAM_PAGE): the spam title shown instead, else null. */
  spamTitle: string | null;
  /** Show the 政府信息公开 metadata table (索引号…); else a 发布日期/来源 line. */
  metadataTable: boolean;
  /** The charset the page declares in a meta tag, or null for none (HTML only). */
  declaredCharset: string | null;
}

/** A rendered page and the truth that depends on its layout. */
export interface RenderedPage {
  page: string;
  paragraphs: string[];
  spam: InjectedSpam[];
}
