import type { PageBlock, PageLink } from '../pageBlock';
import { classifyHref } from './classifyLink';
import { toMatchingText } from './matchingText';
import type { SpamSpan } from './spamSpan';
import { keywordsIn } from './termMatcher';
import { meaningfulLength } from './tokenize';

type LinkKind = 'trusted' | 'official' | 'spammy' | 'neutral';

/** Share of a block's letters that must be link text for the block to be a link list. */
const LINK_DOMINATED = 0.6;
const MIN_LINKS = 5;

/** Anchor words of link-farm spam that an organisation's name never has. */
const SPAMMY_ANCHOR =
  /官网|网址|开户|注册|登录|入口|下载|app|娱乐|游戏|视频|电影|影院|小说|直播|开奖|彩票|彩金|时时彩|购彩|赌|棋牌|投注|在线观看|seo|快排|蜘蛛池|代刷|私服|外挂|贷款|套现|发票|办证|整形|丰胸|壮阳|减肥/u;
/** How the names of organisations, media and companies end: 人民网, 法制日报, 沈阳市政府… */
const ORGANISATION_NAME =
  /(?:网|报|台|社|中心|局|委|厅|院|会|部|办|馆|站|政府|频道|在线|新闻|集团|银行|公司|大学|学院|学校|医院|所|处|署|党建|网站|平台|门户|发布|公众号|微博|之窗|之声)$/u;

/**
 * Finds link farms: a block, or a run of adjacent link-list blocks, with five or more links of
 * which most point outside government, when enough of those are plainly spam (keyword anchors,
 * throwaway domains, IP hosts) or many go to unknown sites and none to a known organisation.
 * A footer of links to 中国政府网 and the province and city portals, or to 人民网 and 新华网,
 * is not a farm. Returns the positions (in `blocks`) of the blocks to drop.
 */
export function findLinkFarms(
  blocks: readonly PageBlock[],
  siteDomains: readonly string[],
): number[] {
  const farmed: number[] = [];
  let run: number[] = [];
  const closeRun = (): void => {
    if (
      run.length > 0 &&
      isFarm(
        run.map((p) => blocks[p]),
        siteDomains,
      )
    ) {
      farmed.push(...run.filter((p) => mostlyUntrusted(blocks[p].links, siteDomains)));
    }
    run = [];
  };
  blocks.forEach((block, position) => {
    if (block.hidden) return;
    if (isLinkList(block)) run.push(position);
    else closeRun();
  });
  closeRun();
  return farmed;
}

/** Most of the block's text is the text of its visible links: a menu, a footer, a link list. */
export function isLinkList(block: PageBlock): boolean {
  const visible = block.links.filter((link) => !link.hidden);
  if (visible.length === 0) return false;
  const total = meaningfulLength(block.text);
  const linked = visible.reduce((sum, link) => sum + meaningfulLength(link.text), 0);
  return total === 0 || linked >= total * LINK_DOMINATED;
}

function isFarm(run: readonly PageBlock[], siteDomains: readonly string[]): boolean {
  const links = run.flatMap((block) => block.links.filter((link) => !link.hidden));
  if (links.length < MIN_LINKS) return false;
  const kinds = links.map((link) => linkKind(link, siteDomains));
  const count = (kind: LinkKind): number => kinds.filter((k) => k === kind).length;
  const outside = links.length - count('trusted');
  if (outside <= links.length / 2) return false;
  const spammy = count('spammy');
  if (spammy >= 3 && spammy >= outside * 0.3) return true;
  const unknown = spammy + count('neutral');
  const domains = new Set(links.map((link) => classifyHref(link.href, siteDomains).domain));
  return (
    count('official') === 0 && unknown >= 8 && domains.size >= 5 && outside >= links.length * 0.8
  );
}

/** The text ranges of a farm block's links to untrusted sites, to be cut from it. */
export function farmLinkSpans(block: PageBlock, siteDomains: readonly string[]): SpamSpan[] {
  const spans: SpamSpan[] = [];
  let cursor = 0;
  for (const link of block.links) {
    if (link.hidden || link.text === '') continue;
    const at = block.text.indexOf(link.text, cursor);
    if (at < 0) continue;
    cursor = at + link.text.length;
    const kind = linkKind(link, siteDomains);
    if (kind === 'spammy' || kind === 'neutral') {
      spans.push({ start: at, end: cursor, reason: 'EXTERNAL_LINK_FARM' });
    }
  }
  return spans;
}

function mostlyUntrusted(links: readonly PageLink[], siteDomains: readonly string[]): boolean {
  const visible = links.filter((link) => !link.hidden);
  const untrusted = visible.filter((link) => {
    const kind = linkKind(link, siteDomains);
    return kind === 'spammy' || kind === 'neutral';
  });
  return untrusted.length > 0 && untrusted.length >= visible.length / 2;
}

function linkKind(link: PageLink, siteDomains: readonly string[]): LinkKind {
  const host = classifyHref(link.href, siteDomains);
  if (host.target === 'own' || host.target === 'government') return 'trusted';
  if (host.target === 'official') return 'official';
  const anchor = toMatchingText(link.text).text;
  if (host.suspicious || SPAMMY_ANCHOR.test(anchor) || keywordsIn(anchor).length > 0)
    return 'spammy';
  if (/^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+/.test(anchor)) return 'spammy';
  return ORGANISATION_NAME.test(anchor.trim()) ? 'official' : 'neutral';
}
