import type { PageBlock, Removal } from '../pageBlock';
import type { TextSpamHit } from './findSpamInText';
import type { SpamVerdict } from './spamReport';
import { meaningfulLength } from './tokenize';

/** From this share of spam in the visible main content on, the page is spam, not a notice with spam in it. */
export const QUARANTINE_SHARE = 0.5;

/** Blocks shorter than this (in letters and digits) are menu items and labels, not main content. */
export const MIN_CONTENT_LENGTH = 6;

const REASON_WORDS: Readonly<Record<string, string>> = {
  HIDDEN_LINKS: '隐藏链接',
  HIDDEN_TEXT: '隐藏文字',
  GAMBLING_KEYWORDS: '博彩关键词',
  EXPLICIT_KEYWORDS: '色情关键词',
  ILLICIT_KEYWORDS: '违法广告关键词',
  PLACE_NAME_LIST: '站群地名列表',
  EXTERNAL_LINK_FARM: '外部链接群',
  SPAM_HEAD: '页首垃圾关键词',
  SPAM_TAIL: '页尾垃圾关键词',
  SPAM_PROMOTION: '推广广告',
};

/** Text of sentences: the punctuation of prose, which menus, footers and titles do without. */
const PROSE = /[，。；！？、]/u;
/** A block this long is content even without punctuation. */
const LONG_BLOCK = 40;

/**
 * A visible block of the page's main content: prose, not a menu or footer link list, a label or
 * a line of chrome (crawled text pages have no links to tell menus by, but menus and footers
 * have no sentences). Chrome removal proper is the chrome step's job; this only weighs spam.
 */
export function isMainContent(
  block: PageBlock,
  position: number,
  linkLists: ReadonlySet<number>,
): boolean {
  if (block.hidden || linkLists.has(position)) return false;
  const length = meaningfulLength(block.text);
  return length >= MIN_CONTENT_LENGTH && (length >= LONG_BLOCK || PROSE.test(block.text));
}

export interface VerdictInput {
  blocks: readonly PageBlock[];
  removals: readonly Removal[];
  /** Letters and digits cut from each visible block, by position in `blocks`. */
  spamLengthAt: ReadonlyMap<number, number>;
  titleHits: readonly TextSpamHit[];
  /** Position of the first visible h1–h3 block when it has spam in it. */
  spamHeading: number | null;
  /** Positions of visible blocks that are link lists (menus, footers), not main content. */
  linkLists: ReadonlySet<number>;
}

/**
 * A page is quarantined when its main content itself is spam: a spam title or first heading, or
 * at least half of the visible main content. Menus, footers and labels (link lists, very short
 * blocks) do not count as main content unless they are spam themselves.
 */
export function spamVerdict(input: VerdictInput): SpamVerdict {
  let total = 0;
  let spam = 0;
  input.blocks.forEach((block, position) => {
    if (block.hidden) return;
    const length = meaningfulLength(block.text);
    const cut = input.spamLengthAt.get(position) ?? 0;
    if (cut === 0 && !isMainContent(block, position, input.linkLists)) return;
    total += length;
    spam += Math.min(cut, length);
  });
  const spamShare = total === 0 ? 0 : Math.round((spam / total) * 1000) / 1000;
  const reasons: string[] = [];
  if (input.titleHits.length > 0) {
    const words = describe(input.titleHits.map((hit) => hit.reason));
    reasons.push(`标题含垃圾内容（${words}）：「${input.titleHits.map((h) => h.text).join(' ')}」`);
  }
  if (input.spamHeading !== null) {
    reasons.push(`页面主标题为垃圾内容：「${input.blocks[input.spamHeading].text.slice(0, 60)}」`);
  }
  const spamRemovals = input.removals.filter((removal) => removal.kind === 'SPAM');
  if (spamShare >= QUARANTINE_SHARE) {
    const words = describe(spamRemovals.map((removal) => removal.reason));
    reasons.push(`可见正文的 ${Math.round(spamShare * 100)}% 为注入的垃圾内容（${words}）`);
  } else if (total === 0 && spamRemovals.length > 0) {
    reasons.push('页面没有可见正文，只有隐藏的垃圾链接或文字');
  }
  return { quarantined: reasons.length > 0, reasons, spamShare };
}

function describe(reasons: readonly string[]): string {
  return [...new Set(reasons.map((reason) => REASON_WORDS[reason] ?? reason))].join('、');
}
