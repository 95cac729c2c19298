import type { PageBlock } from '../../pageBlock';
import { removeChrome } from '../removeChrome';
import { fixtureBlocks } from './textBlocks';

/*
 * The three crawled pages: the removed blocks are exactly the chrome listed here, and every
 * line of the notice, from its title and salutation down to the signature, comes through
 * unchanged.
 */
interface Expected {
  file: string;
  title: string | null;
  salutation: string;
  lastLine: string;
  removed: [number, string, string][];
  siteCode: string | null;
  filings: { icp: string | null; police: string | null };
}

const PAGES: Expected[] = [
  {
    file: 'anshan-city-2015-0605.txt',
    title: null,
    salutation: '各縣(市)區人民政府,各開發區管委會,市政府各部門,各有關單位:',
    lastLine: '(此件公開發布)',
    removed: [],
    siteCode: null,
    filings: { icp: null, police: null },
  },
  {
    file: 'faku-county-2022-0421.txt',
    title: '法库县政府办公室关于加强政府重大政策信息内容建设的意见',
    salutation: '各镇政府(街道办事处),县政府各部门:',
    lastLine: '2020年4月17日',
    removed: [
      [0, 'SITE_HEADER', '欢迎访问沈阳市法库县人民政府'],
      [1, 'SCRIPT_SWITCH', '繁體轉換'],
      [2, 'BOOKMARK_BAR', '设为首页'],
      [3, 'BOOKMARK_BAR', '加入收藏'],
      [4, 'ACCESSIBILITY_BAR', '无障碍辅助浏览工具条'],
      [5, 'SITE_HEADER', '政府信息公开制度 FAKU'],
      [6, 'SITE_HEADER', '法库县人民政府信息公开制度'],
      [31, 'FOOTER', '关于我们 | 网站声明 | 网站地图'],
      [32, 'FOOTER', '主办:法库县人民政府 承办:法库县人民政府办公室 法库县融媒体中心'],
      [33, 'ICP_FILING', '建议使用 1366*768分辨率 辽ICP备2021012785号-1 联系电话 024-62313021'],
      [34, 'POLICE_FILING', '网站标识码:2101240002 辽公网备21012402000147号'],
      [35, 'FOOTER', '互联网新闻信息服务许可:21120200027'],
      [36, 'FOOTER', '技术支持单位:沈阳市大数据管理中心(沈阳市信息中心、沈阳市信用中心)'],
    ],
    siteCode: '2101240002',
    filings: { icp: '辽ICP备2021012785号-1', police: '辽公网备21012402000147号' },
  },
  {
    file: 'xunwu-county-2020-0228.txt',
    title: '【政务公开制度】寻乌县政府办关于规范全县政务公开相关工作的通知',
    salutation: '各乡(镇)人民政府,县政府各部门,县属、驻县各单位:',
    lastLine: '2020年2月28日',
    removed: [
      [0, 'ACCESSIBILITY_BAR', '关怀版 无障碍 无障碍'],
      [1, 'BREADCRUMB', '您当前所在位置: 首页>法定主动公开内容>管理公开>政务公开监督保障'],
      [3, 'VISIT_COUNTER', '访问量:'],
    ],
    siteCode: null,
    filings: { icp: null, police: null },
  },
];

describe.each(PAGES)('removeChrome on $file', (page) => {
  const blocks = fixtureBlocks(page.file);
  const result = removeChrome(blocks);

  it('removes exactly the chrome blocks, whole, with their reasons', () => {
    expect(result.removals.map((r) => [r.blockIndex, r.reason, r.text])).toEqual(page.removed);
    expect(result.removals.every((r) => r.kind === 'CHROME')).toBe(true);
    const removedIndexes = new Set(page.removed.map(([index]) => index));
    expect(result.content.map((b) => b.index)).toEqual(
      blocks.map((b) => b.index).filter((i) => !removedIndexes.has(i)),
    );
  });

  it('keeps the title and every line from the salutation to the end of the notice unchanged', () => {
    const start = indexOfText(blocks, page.salutation);
    const end = indexOfText(blocks, page.lastLine);
    const notice = blocks.slice(start, end + 1);
    if (page.title !== null) notice.unshift(blocks[indexOfText(blocks, page.title)]);
    const kept = new Map(result.content.map((b) => [b.index, b.text]));
    for (const block of notice) expect(kept.get(block.index)).toBe(block.text);
  });

  it('reads the site code and filings from the footer', () => {
    expect(result.siteCode).toBe(page.siteCode);
    expect(result.filings).toEqual(page.filings);
  });
});

function indexOfText(blocks: readonly PageBlock[], text: string): number {
  const index = blocks.findIndex((b) => b.text === text);
  expect(index).toBeGreaterThanOrEqual(0);
  return index;
}
