import type { PageBlock } from '../pageBlock';
import { findKeywordRuns } from './keywordRuns';
import { findPlaceNameLists } from './placeNameLists';
import type { SpamReason } from './spamSpan';

export interface TextSpamHit {
  reason: SpamReason;
  text: string;
}

/**
 * Spam in a single line of text that is not part of a page's blocks: a <title>, a meta
 * ArticleTitle, the title of a notice created through the API. Keyword runs and place-name lists
 * only: a line has no links or styles to judge.
 */
export function findSpamInText(text: string, siteDomains: readonly string[] = []): TextSpamHit[] {
  const line: PageBlock = {
    index: 0,
    text,
    tag: 'title',
    path: '',
    hidden: false,
    hiddenReason: null,
    links: [],
    paragraphStart: true,
  };
  const spans = [
    ...(findPlaceNameLists([line], siteDomains).get(0) ?? []),
    ...findKeywordRuns(text, [], { siteDomains, crackdownPage: false, tableCell: false }),
  ].sort((a, b) => a.start - b.start);
  return spans
    .filter((span, i) => i === 0 || span.start >= spans[i - 1].end)
    .map((span) => ({ reason: span.reason, text: text.slice(span.start, span.end) }));
}
