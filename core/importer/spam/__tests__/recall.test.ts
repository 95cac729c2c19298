import { htmlToBlocks } from '../../blocks';
import type { PageBlock } from '../../pageBlock';
import { detectSpam } from '../detectSpam';

/** Typical injected spam texts, one per kind of 暗链 seen on hacked government pages. */
const SPAM = [
  '澳门新葡京娱乐场官网', '百家乐 太阳城 博彩公司', '北京赛车pk10开奖直播', '重庆时时彩计划',
  '六合彩开奖结果', '真人百家乐开户送彩金', '皇冠体育投注网址', '申博太阳城官网登录',
  '澳门威尼斯人娱乐城', '成人视频在线观看', '日本AV女优无码高清', '人妻 巨乳 一夜情',
  '免费毛片', '午夜影院', '办假证', '代开发票 代开增值税发票 微信：fp8888', '开云体育app下载',
  '亚博体育官网', 'bet365体育在线', '幸运飞艇计划群', '老虎机游戏', '网上赌场排名',
  '澳门金沙官网', '彩票平台注册送38元', '棋牌游戏平台', '捕鱼游戏真钱', '色婷婷',
  '迷药出售', '私家侦探', '赌球网站', '博彩网站大全', '澳门赌场', '乐鱼体育', '香港六合彩',
  '快三计划', '时时彩', '賭場 百家樂 時時彩', 'ＢＥＴ３６５', '北京|上海|广州|深圳|杭州|南京|成都',
  '金沙真人荷官注册', '永利平台', '同城交友平台', '免费看成人视频app', '皇冠开户 巴黎人网址',
]; // prettier-ignore

const FIRST = '各镇人民政府（街道办事处），县政府各部门：';
const BODY =
  '为进一步加强政府重大政策信息内容建设，经县政府同意，现提出以下意见：各部门要将政府网站作为政府信息公开的第一平台，第一时间发布政府重要信息。';
const LAST = '法库县人民政府办公室 2022年4月20日';

function page(...texts: string[]): PageBlock[] {
  return texts.map((text, index) => ({
    index,
    text,
    tag: 'p',
    path: 'body>p',
    hidden: false,
    hiddenReason: null,
    links: [],
    paragraphStart: true,
  }));
}

describe('spam recall', () => {
  it.each(SPAM)('removes "%s" as a block of its own at the top and at the bottom', (spam) => {
    const top = detectSpam(page(spam, FIRST, BODY, LAST));
    expect(top.spamBlockIndexes).toEqual([0]);
    expect(top.partialCleanups).toEqual([]);
    const bottom = detectSpam(page(FIRST, BODY, LAST, spam));
    expect(bottom.spamBlockIndexes).toEqual([3]);
    expect(bottom.partialCleanups).toEqual([]);
  });

  it.each(SPAM)('cuts "%s" out of the first and last paragraphs it is glued to', (spam) => {
    const report = detectSpam(page(`${spam} ${FIRST}`, BODY, `${BODY}${spam}`, `${LAST} ${spam}`));
    expect(report.partialCleanups).toEqual([
      { blockIndex: 0, text: FIRST },
      { blockIndex: 2, text: BODY },
      { blockIndex: 3, text: LAST },
    ]);
    expect(report.verdict.quarantined).toBe(false);
  });

  it.each(SPAM)('finds "%s" glued to a paragraph with no separator at all', (spam) => {
    const report = detectSpam(page(`${spam}${BODY}`, `${LAST}${spam}`));
    expect(report.removals.map((r) => r.blockIndex)).toEqual([0, 1]);
  });

  it.each(SPAM)('removes "%s" hidden in a link list', (spam) => {
    const html = `<p>${BODY}</p><div style="display:none"><a href="http://spam.example.com/">${spam}</a></div>`;
    const report = detectSpam(htmlToBlocks(html).blocks);
    expect(report.removals).toEqual([
      { kind: 'SPAM', reason: 'HIDDEN_LINKS', blockIndex: 1, text: spam },
    ]);
  });
});
