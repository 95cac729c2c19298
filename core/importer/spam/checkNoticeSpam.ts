import { htmlToBlocks } from '../blocks';
import { detectSpam } from './detectSpam';
import { findSpamInText } from './findSpamInText';

export interface NoticeSpamInput {
  title: string;
  bodyHtml: string;
  siteDomains?: string[];
}

export interface NoticeSpamCheck {
  clean: boolean;
  hits: { reason: string; text: string }[];
}

/**
 * The spam check for a notice created or edited through the API, run before it may be published
 * or reposted: the page checks on its title and on the blocks of its body. Hidden content that
 * is not spam (a collapsed block of the site's own links) is not a hit; the sanitizer drops it.
 */
export function checkNoticeSpam(input: NoticeSpamInput): NoticeSpamCheck {
  const siteDomains = input.siteDomains ?? [];
  const hits: NoticeSpamCheck['hits'] = findSpamInText(input.title, siteDomains).map(
    ({ reason, text }) => ({ reason, text }),
  );
  const report = detectSpam(htmlToBlocks(input.bodyHtml).blocks, { siteDomains });
  for (const removal of report.removals) {
    if (removal.kind === 'SPAM') hits.push({ reason: removal.reason, text: removal.text });
  }
  return { clean: hits.length === 0, hits };
}
