import type { Removal } from '../pageBlock';

export interface SpamOptions {
  /** Registrable domains of the site itself (`faku.gov.cn`); its links are never external. */
  siteDomains?: string[];
  /** The page's <title> (or meta ArticleTitle): a spam title quarantines the page. */
  title?: string | null;
}

export interface PartialCleanup {
  blockIndex: number;
  /** The block text with the spam part removed. */
  text: string;
}

export interface SpamVerdict {
  /** The main content itself is spam: import as QUARANTINED, never publish or syndicate. */
  quarantined: boolean;
  /** Why, in words a site admin can read; empty when not quarantined. */
  reasons: string[];
  /** Share (0–1) of the page's visible main-content letters and digits that is spam. */
  spamShare: number;
}

export interface SpamReport {
  /** Kind `SPAM` or `HIDDEN`, in block order. */
  removals: Removal[];
  /** Blocks to drop whole: every hidden block and every block that is nothing but spam. */
  spamBlockIndexes: number[];
  /** Blocks that keep their legitimate text once the injected part is cut out. */
  partialCleanups: PartialCleanup[];
  verdict: SpamVerdict;
}
