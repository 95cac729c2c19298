import { htmlToBlocks, textToBlocks } from '../../blocks';
import type { PageBlock, PageLink } from '../../pageBlock';
import { detectSpam } from '../detectSpam';

const LEGIT_FIRST = '各镇人民政府（街道办事处），县政府各部门：';
const LEGIT_BODY =
  '为进一步加强政府重大政策信息内容建设，经县政府同意，现提出以下意见：各部门要将政府网站作为政府信息公开的第一平台，建立完善信息发布机制，第一时间发布政府重要会议、重要活动、重大政策信息。';
const LEGIT_LAST = '法库县人民政府办公室 2022年4月20日';
const LAST_WITH_SEAL = '（此件公开发布）';

function block(text: string, index: number, extra: Partial<PageBlock> = {}): PageBlock {
  return {
    index,
    text,
    tag: 'p',
    path: 'body>div>p',
    hidden: false,
    hiddenReason: null,
    links: [],
    paragraphStart: true,
    ...extra,
  };
}

function blocksOf(...texts: string[]): PageBlock[] {
  return texts.map((text, index) => block(text, index));
}

function links(...pairs: [string, string][]): PageLink[] {
  return pairs.map(([text, href]) => ({ href, text, hidden: false }));
}

function notice(spam: string): string {
  return `<html><head><title>关于加强政府网站建设的意见</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>
<div id="content"><h1>关于加强政府网站建设的意见</h1><p>${LEGIT_FIRST}</p><p>${LEGIT_BODY}</p><p>${LEGIT_LAST}</p></div>
${spam}</body></html>`;
}

describe('detectSpam', () => {
  describe('hidden blocks', () => {
    it.each([
      [
        'a div hidden by an inline style',
        '<div style="display:none"><a href="http://www.bet-88.com/">百家乐</a> <a href="http://www.ag-66.cc/">真人娱乐</a></div>',
      ],
      [
        'a div hidden by a <style> class',
        '<style>.a1{display:none}</style><div class="a1"><a href="http://x1.com">澳门新葡京</a></div>',
      ],
      [
        'an off-screen positioned link list',
        '<div style="position:absolute;top:-999px;left:-999px"><a href="http://a.top">六合彩</a><a href="http://b.top">时时彩</a></div>',
      ],
      [
        'zero-size text',
        '<p style="font-size:0px;line-height:0">成人视频 <a href="http://c.xyz">在线观看</a></p>',
      ],
      [
        'an off-screen <marquee>',
        '<marquee style="position:absolute;left:-3000px" scrollamount="2"><a href="http://d.cc">太阳城</a></marquee>',
      ],
      [
        'a script-written hidden wrapper',
        '<script>document.write("<div style=\\"display:none\\">")</script><a href="http://e.vip">博彩</a><script>document.write("</div>")</script>',
      ],
    ])('removes %s as spam links, leaving the notice whole', (_name, spam) => {
      const report = detectSpam(htmlToBlocks(notice(spam)).blocks);
      expect(report.removals.length).toBeGreaterThan(0);
      for (const removal of report.removals)
        expect(removal).toMatchObject({ kind: 'SPAM', reason: 'HIDDEN_LINKS' });
      expect(report.partialCleanups).toEqual([]);
      expect(report.verdict.quarantined).toBe(false);
    });

    it('removes hidden text without links, as spam when it has spam keywords and as hidden otherwise', () => {
      const report = detectSpam([
        block('百家乐', 0, { hidden: true, hiddenReason: 'style "font-size:0" on span' }),
        block('移动端菜单', 1, { hidden: true, hiddenReason: 'stylesheet rule on div.m' }),
        block(LEGIT_BODY, 2),
      ]);
      expect(report.removals).toEqual([
        { kind: 'SPAM', reason: 'HIDDEN_TEXT', blockIndex: 0, text: '百家乐' },
        { kind: 'HIDDEN', reason: 'HIDDEN_TEXT', blockIndex: 1, text: '移动端菜单' },
      ]);
      expect(report.spamBlockIndexes).toEqual([0, 1]);
    });

    it('cuts a hidden link out of a visible block when the blocks mark it', () => {
      const report = detectSpam([
        block(`${LEGIT_BODY}百家乐`, 0, {
          links: [{ href: 'http://x.cc', text: '百家乐', hidden: true }],
        }),
      ]);
      expect(report.partialCleanups).toEqual([{ blockIndex: 0, text: LEGIT_BODY }]);
      expect(report.removals).toEqual([
        { kind: 'SPAM', reason: 'HIDDEN_LINKS', blockIndex: 0, text: '百家乐' },
      ]);
    });
  });

  describe('keyword runs', () => {
    it('removes a gambling keyword run at the very top of the page as a spam head', () => {
      const report = detectSpam(
        blocksOf('澳门新葡京 太阳城 百家乐 北京赛车pk10', LEGIT_FIRST, LEGIT_BODY, LEGIT_LAST),
      );
      expect(report.removals).toEqual([
        {
          kind: 'SPAM',
          reason: 'SPAM_HEAD',
          blockIndex: 0,
          text: '澳门新葡京 太阳城 百家乐 北京赛车pk10',
        },
      ]);
      expect(report.spamBlockIndexes).toEqual([0]);
      expect(report.verdict.quarantined).toBe(false);
    });

    it('removes an explicit keyword run at the very bottom as a spam tail', () => {
      const report = detectSpam(
        blocksOf(LEGIT_FIRST, LEGIT_BODY, LEGIT_LAST, '成人视频 AV女优 无码高清 在线观看'),
      );
      expect(report.removals).toEqual([
        {
          kind: 'SPAM',
          reason: 'SPAM_TAIL',
          blockIndex: 3,
          text: '成人视频 AV女优 无码高清 在线观看',
        },
      ]);
    });

    it('cuts a spam head glued to the first paragraph and a tail glued to the last, keeping the paragraphs exact', () => {
      const report = detectSpam(
        blocksOf(
          `百家乐 太阳城 澳门新葡京 ${LEGIT_FIRST}`,
          LEGIT_BODY,
          `${LEGIT_LAST}六合彩开奖结果|香港马会|特码`,
        ),
      );
      expect(report.partialCleanups).toEqual([
        { blockIndex: 0, text: LEGIT_FIRST },
        { blockIndex: 2, text: LEGIT_LAST },
      ]);
      expect(report.removals.map((r) => [r.reason, r.blockIndex, r.text])).toEqual([
        ['SPAM_HEAD', 0, '百家乐 太阳城 澳门新葡京'],
        ['SPAM_TAIL', 2, '六合彩开奖结果|香港马会|特码'],
      ]);
      expect(report.spamBlockIndexes).toEqual([]);
    });

    it('cuts spam glued without any separator to a paragraph', () => {
      const report = detectSpam(
        blocksOf(`澳门新葡京百家乐真人娱乐${LEGIT_BODY}`, `${LEGIT_BODY}时时彩北京赛车幸运飞艇`),
      );
      expect(report.partialCleanups).toEqual([
        { blockIndex: 0, text: LEGIT_BODY },
        { blockIndex: 1, text: LEGIT_BODY },
      ]);
    });

    it('cuts a keyword run from the middle of a block with its category as the reason', () => {
      const report = detectSpam(
        blocksOf(LEGIT_FIRST, `${LEGIT_BODY} 百家乐 博彩 赌场 ${LEGIT_BODY}`, LEGIT_LAST),
      );
      expect(report.removals).toEqual([
        { kind: 'SPAM', reason: 'GAMBLING_KEYWORDS', blockIndex: 1, text: '百家乐 博彩 赌场' },
      ]);
      expect(report.partialCleanups).toEqual([
        { blockIndex: 1, text: `${LEGIT_BODY} ${LEGIT_BODY}` },
      ]);
    });

    it.each([
      ['a keyword-dense short line', '澳门新葡京娱乐场官网', 'GAMBLING_KEYWORDS'],
      ['a keyword with a QQ number', '百家乐开户请联系QQ：88886666', 'GAMBLING_KEYWORDS'],
      ['a keyword with a WeChat id', '代开发票 刻章办证 微信：fapiao8888', 'ILLICIT_KEYWORDS'],
      ['a keyword next to a web address', '六合彩 www.88hk.com', 'GAMBLING_KEYWORDS'],
      ['traditional characters', '澳門新葡京 賭場 時時彩', 'GAMBLING_KEYWORDS'],
      ['full-width Latin', 'ＢＥＴ３６５体育在线', 'GAMBLING_KEYWORDS'],
      [
        'zero-width characters between the characters',
        '百\u200b家\u200b乐 太\u200b阳\u200b城 博\u200b彩',
        'GAMBLING_KEYWORDS',
      ],
      ['porn keywords', '人妻 巨乳 一夜情', 'EXPLICIT_KEYWORDS'],
    ])('removes %s between legit blocks', (_name, spam, reason) => {
      const report = detectSpam(blocksOf(LEGIT_FIRST, spam, LEGIT_BODY));
      expect(report.removals).toEqual([{ kind: 'SPAM', reason, blockIndex: 1, text: spam }]);
      expect(report.spamBlockIndexes).toEqual([1]);
    });

    it('removes keywords joined with links to outside sites', () => {
      const report = detectSpam([
        block(LEGIT_BODY, 0),
        block('皇冠体育', 1, { links: links(['皇冠体育', 'http://www.hg0088.com/']) }),
        block(`${LEGIT_BODY}详见澳门赌场`, 2, { links: links(['澳门赌场', 'https://amdc.net/']) }),
      ]);
      expect(report.removals.map((r) => [r.blockIndex, r.text])).toEqual([
        [1, '皇冠体育'],
        [2, '澳门赌场'],
      ]);
      expect(report.partialCleanups).toEqual([{ blockIndex: 2, text: `${LEGIT_BODY}详见` }]);
    });
  });

  describe('advertisements, neighbours and leftovers', () => {
    it('removes whole sentences that advertise, with or without a keyword', () => {
      const ads = [
        '最新玩法技巧分享，稳赚不赔，日赚880元不是梦，点击进入www.yh5414.top。',
        '专业高仿手表，加微信:ag3994，诚信经营，欢迎来电咨询。',
        '必发是亚洲领先的在线娱乐平台，提供德州扑克、百家乐、幸运飞艇等多种游戏，注册即送88元彩金。',
        '美女直播每日更新，永久免费观看，复制网址ag2082.club。',
      ];
      const report = detectSpam(blocksOf(...ads));
      expect(report.spamBlockIndexes).toEqual([0, 1, 2, 3]);
      expect(report.verdict.quarantined).toBe(true);
      expect(report.removals[0]).toMatchObject({ reason: 'SPAM_PROMOTION' });
    });

    it('keeps a real sentence with a contact and a selling word but no spam', () => {
      const text = '招商项目诚信经营，欢迎来电咨询，联系人：张先生，电话13812345678。';
      expect(detectSpam(blocksOf(LEGIT_BODY, text)).removals).toEqual([]);
    });

    it('takes the bare addresses and names injected between spam lines, not the lines around them', () => {
      const report = detectSpam(
        textToBlocks(
          [
            LEGIT_LAST,
            '澳门新葡京网址',
            'www.tyc2102.top',
            '代办信用卡',
            '巴黎人',
            '色情电影',
            '关于我们 | 网站声明 | 网站地图',
          ].join('\n'),
        ),
      );
      expect(report.spamBlockIndexes).toEqual([1, 2, 3, 4, 5]);
    });

    it('drops a block whose leftover after the cut is only city names and casino brands', () => {
      const report = detectSpam(
        blocksOf(LEGIT_BODY, '温州|青岛代开发票|洛阳|乌鲁木齐蜘蛛池|深圳百家乐|惠州办证|永利|上饶'),
      );
      expect(report.spamBlockIndexes).toEqual([1]);
    });

    it('treats a mobile number as a contact only next to strong spam', () => {
      const report = detectSpam(
        blocksOf(
          LEGIT_BODY,
          `${LAST_WITH_SEAL}电话16446188095、赌球开户、永利平台、成人影院免费看、黑客接单`,
        ),
      );
      expect(report.partialCleanups).toEqual([{ blockIndex: 1, text: LAST_WITH_SEAL }]);
      expect(detectSpam(blocksOf('体育彩票销售网点加盟，联系电话13812345678。')).removals).toEqual(
        [],
      );
    });

    it('does not spare a line of spam on a page about fighting spam', () => {
      const report = detectSpam(
        blocksOf('发现被植入赌博、色情等暗链的，要立即整改。', '色情电影', '一夜情', LEGIT_LAST),
      );
      expect(report.spamBlockIndexes).toEqual([1, 2]);
    });
  });

  describe('place-name lists', () => {
    it.each([
      ['cities from all over the country', '北京|上海|广州|深圳|杭州|南京|成都|武汉|西安|重庆'],
      ['gambling games', '北京赛车|重庆时时彩|幸运飞艇|广东快乐十分|江苏快三'],
      ['one service in many cities', '北京桑拿 上海桑拿 广州桑拿 深圳桑拿 杭州桑拿 南京桑拿'],
    ])('removes a spider-pool list of %s', (_name, list) => {
      const report = detectSpam(blocksOf(LEGIT_FIRST, LEGIT_BODY, list));
      expect(report.removals).toEqual([
        { kind: 'SPAM', reason: 'PLACE_NAME_LIST', blockIndex: 2, text: list },
      ]);
    });

    it('joins a list split over lines, with casino brands among the cities', () => {
      const report = detectSpam(
        textToBlocks(
          [
            LEGIT_LAST,
            '桂林｜彩票投注官网｜揭阳｜佛山',
            '赣州刷单｜必发｜武汉刷单｜南阳办证',
            '呼和浩特｜乌鲁木齐办证｜连云港｜太原',
          ].join('\n'),
        ),
      );
      expect(report.spamBlockIndexes).toEqual([1, 2, 3]);
    });

    it('keeps the date an item of spam is glued to', () => {
      const report = detectSpam(
        blocksOf(
          LEGIT_BODY,
          '2020年6月11日巴黎人网址 北京赛车平台 北京赛车 足球投注官网 【ylc2312.top】',
        ),
      );
      expect(report.partialCleanups).toEqual([{ blockIndex: 1, text: '2020年6月11日' }]);
    });

    it('cuts a list glued to a paragraph, and joins a list written as list items', () => {
      const report = detectSpam([
        block(`北京 上海 广州 深圳 天津 重庆 苏州 ${LEGIT_BODY}`, 0),
        ...['北京', '上海', '广州', '深圳', '杭州', '成都'].map((city, i) =>
          block(city, i + 1, { tag: 'li' }),
        ),
        block(LEGIT_LAST, 7),
      ]);
      expect(report.partialCleanups).toEqual([{ blockIndex: 0, text: LEGIT_BODY }]);
      expect(report.spamBlockIndexes).toEqual([1, 2, 3, 4, 5, 6]);
      expect(new Set(report.removals.map((r) => r.reason))).toEqual(new Set(['PLACE_NAME_LIST']));
    });
  });

  describe('external link farms', () => {
    const farm = [
      ['澳门金沙', 'http://www.js8888.com/'],
      ['新葡京', 'http://xpj.cc/'],
      ['开云体育', 'https://ky.top/'],
      ['bet365', 'http://bet365.vip/'],
      ['亚博体育', 'http://yabo.com/'],
      ['澳门威尼斯人', 'http://wns.xyz/'],
    ] as [string, string][];

    it('removes a block of many links to .com, .cc and .top domains', () => {
      const farmBlock = block(farm.map(([text]) => text).join(' '), 1, {
        tag: 'div',
        links: links(...farm),
      });
      const report = detectSpam([block(LEGIT_BODY, 0), farmBlock, block(LEGIT_LAST, 2)]);
      expect(report.removals).toEqual([
        { kind: 'SPAM', reason: 'EXTERNAL_LINK_FARM', blockIndex: 1, text: farmBlock.text },
      ]);
    });

    it('removes a run of list items linking to unknown sites with spam anchors', () => {
      const farmBlocks = [
        ['免费小说', 'http://xs.top/'],
        ['电影天堂', 'http://dytt.cc/'],
        ['北京SEO', 'http://seo.bj.cn/'],
        ['网站快排', 'http://kp.xyz/'],
        ['私服传奇', 'http://sf.com/'],
      ].map(([text, href], i) => block(text, i + 1, { tag: 'li', links: links([text, href]) }));
      const report = detectSpam([block(LEGIT_BODY, 0), ...farmBlocks, block(LEGIT_LAST, 6)]);
      expect(report.spamBlockIndexes).toEqual([1, 2, 3, 4, 5]);
    });

    it('removes many links to unknown sites when none names an organisation', () => {
      const farm = [
        '小明的博客',
        '好看的图片',
        '搞笑段子',
        '明星八卦',
        '美食菜谱',
        '旅游攻略',
        '星座运势',
        '笑话大全',
      ].map((text, i): [string, string] => [text, `http://site${i}.example${i}.com/`]);
      const farmBlock = block(farm.map(([text]) => text).join(' '), 1, {
        tag: 'div',
        links: links(...farm),
      });
      const report = detectSpam([block(LEGIT_BODY, 0), farmBlock]);
      expect(report.removals.map((r) => r.reason)).toEqual(['EXTERNAL_LINK_FARM']);
    });

    it('keeps footers of state media, services and government portals', () => {
      const footer = [
        ['人民网', 'http://www.people.com.cn/'],
        ['新华网', 'http://www.xinhuanet.com/'],
        ['东北新闻网', 'http://www.nen.com.cn/'],
        ['中国铁路12306', 'https://www.12306.cn/'],
        ['东方航空', 'https://www.ceair.com/'],
        ['工商银行', 'https://www.icbc.com.cn/'],
        ['国家电网网上营业厅', 'https://www.95598.cn/'],
        ['北国网', 'http://www.lnd.com.cn/'],
      ] as [string, string][];
      const blocks = footer.map(([text, href], i) =>
        block(text, i, { tag: 'li', links: links([text, href]) }),
      );
      expect(detectSpam(blocks).removals).toEqual([]);
    });

    it('keeps a link list to government portals with a spam link injected, removing only the spam', () => {
      const list = [
        ['中国政府网', 'http://www.gov.cn/'],
        ['辽宁省人民政府', 'http://www.ln.gov.cn/'],
        ['沈阳市人民政府', 'http://www.shenyang.gov.cn/'],
        ['大连市人民政府', 'http://www.dl.gov.cn/'],
        ['百家乐', 'http://bjl.cc/'],
      ] as [string, string][];
      const report = detectSpam(
        list.map(([text, href], i) => block(text, i, { tag: 'li', links: links([text, href]) })),
      );
      expect(report.removals).toEqual([
        { kind: 'SPAM', reason: 'GAMBLING_KEYWORDS', blockIndex: 4, text: '百家乐' },
      ]);
    });
  });

  describe('verdict', () => {
    it('quarantines a page whose whole body is gambling spam', () => {
      const page =
        htmlToBlocks(`<html><head><title>澳门新葡京娱乐场_百家乐_太阳城官网</title></head><body>
<div class="nav"><a href="/">首页</a></div><h1>澳门新葡京娱乐场官网</h1>
<p>澳门新葡京 真人娱乐 百家乐 开户送彩金 北京赛车pk10 重庆时时彩</p>
<p>太阳城集团 申博太阳城 网上赌场 老虎机 电子游艺 www.xpj88.com</p>
<p>六合彩开奖结果 香港马会 特码 跑狗图</p></body></html>`);
      const report = detectSpam(page.blocks, { title: page.title });
      expect(report.verdict.quarantined).toBe(true);
      expect(report.verdict.spamShare).toBeGreaterThanOrEqual(0.9);
      expect(report.verdict.reasons).toEqual([
        expect.stringContaining('标题含垃圾内容（博彩关键词）'),
        '页面主标题为垃圾内容：「澳门新葡京娱乐场官网」',
        expect.stringMatching(/^可见正文的 \d+% 为注入的垃圾内容（.*博彩关键词/),
      ]);
    });

    it('quarantines a page with a spam title even when the body is clean', () => {
      const report = detectSpam(blocksOf(LEGIT_FIRST, LEGIT_BODY), {
        title: '百家乐_澳门新葡京_太阳城-法库县人民政府',
      });
      expect(report.verdict).toMatchObject({ quarantined: true, spamShare: 0 });
    });

    it('quarantines a page with no visible text but hidden spam', () => {
      const report = detectSpam([block('百家乐', 0, { hidden: true, hiddenReason: 'x' })]);
      expect(report.verdict.quarantined).toBe(true);
    });

    it('does not quarantine a notice with a spam head and tail cut out', () => {
      const report = detectSpam(
        blocksOf(
          '百家乐 太阳城 澳门新葡京',
          LEGIT_FIRST,
          LEGIT_BODY,
          LEGIT_BODY,
          LEGIT_LAST,
          '成人视频 AV女优 无码高清',
        ),
      );
      expect(report.verdict.quarantined).toBe(false);
      expect(report.verdict.spamShare).toBeGreaterThan(0);
      expect(report.verdict.spamShare).toBeLessThan(0.5);
    });

    it('quarantines a plain-text page that is mostly spam', () => {
      const report = detectSpam(
        textToBlocks(
          `澳门新葡京 百家乐 太阳城\n${LEGIT_FIRST}\n六合彩 时时彩 北京赛车 幸运飞艇 真人娱乐 老虎机 网上赌场 博彩公司 皇冠体育 威尼斯人 金沙娱乐`,
        ),
      );
      expect(report.verdict.quarantined).toBe(true);
    });
  });

  it('shortens removed text to 200 characters', () => {
    const long = Array.from({ length: 60 }, () => '百家乐 太阳城 新葡京').join(' ');
    const report = detectSpam(blocksOf(LEGIT_BODY, long));
    expect(report.removals[0].text).toHaveLength(200);
  });
});
