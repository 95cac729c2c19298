import { isEnumerated } from './isEnumerated';
import { isStrongDocumentTitle } from './isTitleLike';

/**
 * Phrases that only site chrome prints, each with the reason recorded when a block is taken
 * out. Matched on normalized text (simplified, full-width folded), first match wins.
 *
 * `proseSafe` patterns are specific enough (a filing number with digits, a copyright mark) to
 * condemn a block even when it reads like a sentence; the others only ever apply to blocks
 * that are not prose, because notices about government websites talk about 无障碍浏览,
 * 网站地图 and 分享 in their own sentences.
 */
export interface ChromePattern {
  reason: string;
  pattern: RegExp;
  proseSafe: boolean;
}

export const CHROME_PATTERNS: readonly ChromePattern[] = [
  {
    reason: 'ICP_FILING',
    pattern: /ICP\s*(?:备案)?\s*[备证]?\s*(?:号)?\s*[:]?\s*\d{5,}|ICP\s*[备证]/i,
    proseSafe: true,
  },
  {
    reason: 'POLICE_FILING',
    pattern: /公网安?备\s*(?:案)?\s*(?:号)?\s*[:]?\s*\d{6,}|公安机关备案号/,
    proseSafe: true,
  },
  {
    reason: 'SITE_CODE',
    pattern: /网站标识码\s*[:]?\s*[0-9A-Za-z]{10}(?![0-9A-Za-z])/,
    proseSafe: false,
  },
  { reason: 'FOOTER', pattern: /版权所有|copyright|©|\(c\)\s*(?:19|20)\d\d/i, proseSafe: true },
  {
    reason: 'FOOTER',
    pattern:
      /建议(?:您)?(?:使用|采用).{0,30}(?:浏览器|分辨率)|(?:浏览器|分辨率).{0,12}(?:浏览|访问)(?:本站|本网)/,
    proseSafe: true,
  },
  {
    reason: 'ACCESSIBILITY_BAR',
    pattern:
      /无障碍|关怀版|长者模式|长辈版|适老化|老年模式|大字版|读屏|盲人|辅助浏览|语音(?:播报|朗读)|视力保护|智能导盲/,
    proseSafe: false,
  },
  {
    reason: 'SCRIPT_SWITCH',
    pattern: /繁体|简体|简繁|繁简|^[繁简]$|切换.?[繁简]/,
    proseSafe: false,
  },
  {
    reason: 'BOOKMARK_BAR',
    pattern: /设为首页|设为主页|加入收藏|收藏本站|添加收藏/,
    proseSafe: false,
  },
  {
    reason: 'BREADCRUMB',
    pattern:
      /当前(?:所在)?位置|所在位置|您的位置|现在的位置|当前栏目\s*:|^首页\s*[>»›]|[>»›]\s*首页\s*[>»›]/,
    proseSafe: false,
  },
  {
    reason: 'VISIT_COUNTER',
    pattern:
      /访问量|浏览次数|浏览量|阅读次数|阅读量|点击数|点击量|点击次数|访问次数|浏览人次|访客|您是第\s*\d*\s*位/,
    proseSafe: false,
  },
  {
    reason: 'FONT_SIZE_BAR',
    pattern:
      /字号\s*:?\s*[[【(]?\s*[大中小]|字体\s*:?\s*[[【(]?\s*[大中小]|[[【(]\s*大\s*中\s*小\s*[\]】)]|大\s+中\s+小/,
    proseSafe: false,
  },
  {
    reason: 'PRINT_BAR',
    pattern:
      /打印本页|打印此页|打印正文|打印文章|关闭窗口|关闭本页|返回顶部|保存本页|[[【]\s*(?:打印|关闭|收藏|返回|保存)\s*[\]】]|^(?:打印|关闭|返回)$/,
    proseSafe: false,
  },
  {
    reason: 'SHARE_BAR',
    pattern:
      /分享到|分享至|扫一扫|用手机(?:打开|查看|浏览)|在手机(?:上)?(?:打开|查看|浏览)|微信扫|^分享$/,
    proseSafe: false,
  },
  {
    reason: 'SEARCH_BOX',
    pattern:
      /站内搜索|全文检索|高级搜索|高级检索|请输入(?:关键|搜索|检索|查询)|^搜\s*索$|^检\s*索$/,
    proseSafe: false,
  },
  {
    reason: 'RELATED_ARTICLES',
    pattern:
      /^[【[]?\s*(?:相关链接|相关文章|相关阅读|相关新闻|相关信息|相关文件|相关稿件|相关解读|相关政策|推荐阅读|热点推荐|延伸阅读|友情链接)|^(?:上一篇|下一篇|上一条|下一条|上一页|下一页)/,
    proseSafe: false,
  },
  {
    reason: 'EDITOR_CREDIT',
    pattern: /^(?:责任编辑|编辑|审核|校对|审校|签发)\s*:/,
    proseSafe: false,
  },
  {
    reason: 'FOOTER',
    pattern:
      /关于我们|网站声明|网站地图|站点地图|联系我们|隐私(?:声明|政策)|免责声明|使用帮助|网站纠错|找错|我要纠错|(?:主办|承办|协办|维护|运维)(?:单位)?\s*:|(?:主办|承办|协办)(?:\s|$)|技术支持|建议使用|分辨率|浏览器|新闻信息服务许可|返回首页/,
    proseSafe: false,
  },
  {
    reason: 'SITE_HEADER',
    pattern: /^欢迎(?:您)?(?:访问|来到|光临)|^今天是|星期[一二三四五六日天]\s*$/,
    proseSafe: false,
  },
  {
    reason: 'NAVIGATION',
    pattern: /^(?:首页|网站首页|主页|English|登录|注册|手机版|移动版|返回|更多|更多>+)$/i,
    proseSafe: false,
  },
];

/**
 * Contact details a footer lists: a block that opens with one and has two is a footer. Rows of
 * an attachment's contact table open with the unit's name instead.
 */
const CONTACT = /地址\s*:|邮编|邮政编码|电话\s*:?\s*\d|传真|邮箱|e-?mail/gi;
const CONTACT_FIRST = /^(?:联系)?(?:地址|邮编|邮政编码|电话|传真|邮箱|e-?mail)/i;

/*
 * Menus: at least three short words between | or · (首页 | 政务公开 | 政务服务), or at least four
 * words of a few characters between spaces. Titles with spaces have longer parts or 关于/的.
 */
const MENU_BAR = /\s*[|·•]\s*/;
const MAX_MENU_ITEM = 8;
const MAX_SPACED_ITEM = 6;

/**
 * Why a block's normalized text is chrome, or null. `prose` says whether the block reads like
 * a sentence (see isProse); only proseSafe patterns can condemn prose, a numbered heading or a
 * document title: notices about websites are titled 关于加强网站无障碍建设的通知 and have
 * headings such as 一、网站地图.
 */
export function chromeReason(norm: string, prose: boolean): string | null {
  const text = norm.trim();
  if (text === '') return null;
  const sentenceLike = prose || isEnumerated(text) || isBareDocumentTitle(text);
  for (const { reason, pattern, proseSafe } of CHROME_PATTERNS) {
    if ((proseSafe || !sentenceLike) && pattern.test(text)) return reason;
  }
  if (sentenceLike) return null;
  if (CONTACT_FIRST.test(text) && (text.match(CONTACT) ?? []).length >= 2) return 'FOOTER';
  if (isMenu(text)) return 'NAVIGATION';
  return null;
}

/** The reason when a proseSafe pattern matches: chrome even in a block that reads like a sentence. */
export function strongChromeReason(norm: string): string | null {
  const found = CHROME_PATTERNS.find(({ pattern, proseSafe }) => proseSafe && pattern.test(norm));
  return found?.reason ?? null;
}

/* A 关于…通知 title standing alone; with a colon, | or > it is a breadcrumb or 上一篇: link. */
function isBareDocumentTitle(text: string): boolean {
  return isStrongDocumentTitle(text) && !/[:|>»›]/.test(text);
}

/**
 * A row of a data table (序号 | 地区 | 目标任务, 1 | 宜宾 | 30个 | 65%): it is separated like a menu,
 * but a menu has no numbers, amounts or percentages, and no 序号 column.
 */
const TABLE_CELL =
  /^(?:序号|编号|\d+(?:\.\d+)?\s*(?:%|％|个|万元|亿元|元|户|人|项|家|所|座|公里|千米|平方米|亩|吨|天)?)$/;

function isTableRow(items: readonly string[]): boolean {
  return items.some((item) => TABLE_CELL.test(item.trim()));
}

function isMenu(text: string): boolean {
  const barred = text.split(MENU_BAR).filter((item) => item !== '');
  if (barred.length >= 3 && isTableRow(barred)) return false;
  if (barred.length >= 3 && barred.every((item) => isMenuItem(item, MAX_MENU_ITEM))) return true;
  const spaced = text.split(/\s+/);
  return spaced.length >= 4 && spaced.every((item) => isMenuItem(item, MAX_SPACED_ITEM));
}

function isMenuItem(item: string, maxLength: number): boolean {
  return item.length <= maxLength && !/[,.:;!?。、]|关于|的/.test(item);
}
