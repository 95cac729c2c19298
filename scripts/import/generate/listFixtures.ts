import { noticeBody } from './fixtureBody';
import { FAKU_NOTICE, TRICKY_NOTICE, XUNWU_NOTICE } from './fixtureNotices';
import { FAKU, htmlPage, metadataTable, XUNWU } from './fixturePage';
import type { HtmlFixture } from './spamFixtureParts';
import { expectation, links, linkText, page, UTF8_META } from './spamFixtureParts';

function spiderPool(): HtmlFixture {
  const places = '北京|上海|广州|深圳|天津|重庆|南京|杭州|武汉|成都|西安|苏州|郑州|长沙|沈阳|青岛';
  const invoices = [
    '北京',
    '上海',
    '广州',
    '深圳',
    '杭州',
    '南京',
    '武汉',
    '成都',
    '重庆',
    '西安',
  ].map((city, i) => [`${city}代开发票`, `http://www.fp${i + 1}23.com/${i}.html`] as const);
  const keywords =
    '百家乐 | 时时彩 | 北京赛车 | 幸运飞艇 | 六合彩 | 真人娱乐 | 网上棋牌 | 体育投注 | 彩票投注';
  const html = page(XUNWU, XUNWU_NOTICE, {
    contentTop: `<p>${places}</p>`,
    contentBottom: `<div class="tags">${links(invoices, '|')}</div>`,
    bodyBottom: `<p>${keywords}</p>`,
  });
  return {
    fileName: 'spider-pool.html',
    html,
    expected: expectation(
      'Spider-pool lists (place names, place+keyword links, keywords, separated by |) around a clean notice that itself mentions 暗链伪链, 赌博、色情 and lists 赣州、吉安、抚州等市.',
      XUNWU_NOTICE,
      [
        { kind: 'PLACE_NAME_LIST', text: places },
        { kind: 'PLACE_NAME_LIST', text: linkText(invoices, '|') },
        { kind: 'PLACE_NAME_LIST', text: keywords },
      ],
    ),
  };
}

function linkFarm(): HtmlFixture {
  const words = [
    '百家乐',
    '澳门赌场',
    '时时彩',
    '北京赛车',
    '真人娱乐',
    '网上棋牌',
    '彩票投注',
    '体育投注',
    '葡京',
    '太阳城',
    '皇冠',
    '威尼斯人',
    '金沙娱乐',
    '老虎机',
    '成人视频',
    '色情电影',
    '同城交友',
    '代开发票',
    '办证',
    '刷单',
  ];
  const tlds = ['com', 'cc', 'top', 'vip', 'net'];
  const farm = words.map(
    (word, i) =>
      [
        word,
        `http://www.${['js', 'am', 'xpj', 'bjl', 'hg'][i % 5]}${1000 + i * 37}.${tlds[i % 5]}/`,
      ] as const,
  );
  const list = [
    'bet365体育',
    '亚博娱乐',
    '必发开户',
    '永利网址',
    '美高梅官网',
    '银河娱乐',
    '新濠天地',
    '巴黎人娱乐',
    '德州扑克',
    '幸运飞艇',
    '六合彩开奖',
    '赌球技巧',
  ].map(
    (word, i) => [word, `https://${['ok', 'mg', 'ag', 'bbin'][i % 4]}${i}${i}88.xyz/`] as const,
  );
  const related = [
    ['关于做好2023年全县春季植树造林工作的通知', '/zwgk/tzgg/202303/t20230301_4412001.html'],
    ['法库县2023年政府信息公开工作要点', '/zwgk/zcwj/202302/t20230215_4398120.html'],
    [
      '沈阳市人民政府办公室关于印发沈阳市农村人居环境整治提升实施方案的通知',
      'http://www.shenyang.gov.cn/zwgk/zcwj/202205/t20220510_3121.html',
    ],
    ['辽宁省人民政府', 'http://www.ln.gov.cn/'],
  ];
  const html = page(FAKU, FAKU_NOTICE, {
    contentBottom: [
      `<div class="related"><h3>相关链接</h3><ul>${related.map(([text, href]) => `<li><a href="${href}">${text}</a></li>`).join('')}</ul></div>`,
      `<div class="link">${links(farm, ' ')}</div>`,
    ].join('\n'),
    footerExtra: `<div class="links">新闻媒体：<a href="http://www.people.com.cn/">人民网</a> <a href="http://www.xinhuanet.com/">新华网</a> <a href="https://www.cctv.com/">央视网</a></div>`,
    bodyBottom: `<ul class="list">${list.map(([text, href]) => `<li><a href="${href}">${text}</a></li>`).join('')}</ul>`,
  });
  return {
    fileName: 'link-farm.html',
    html,
    expected: expectation(
      'Visible link farms to non-government domains (20 links in one div, 12 in a list) beside legitimate link lists: 相关链接 to gov.cn pages, the footer gov.cn portals and three news sites.',
      FAKU_NOTICE,
      [
        { kind: 'LINK_FARM', text: linkText(farm, ' ') },
        ...list.map(([text]) => ({ kind: 'LINK_FARM' as const, text })),
      ],
    ),
  };
}

function cleanTricky(): HtmlFixture {
  const notice = TRICKY_NOTICE;
  const html = htmlPage({
    site: FAKU,
    charsetMeta: UTF8_META,
    title: notice.title,
    info: metadataTable({
      indexNumber: notice.indexNumber,
      category: notice.category,
      issuer: notice.issuer,
      signedAt: '2023年05月06日',
      docNumber: notice.docNumber ?? '',
      publishedAt: '2023年05月09日',
    }),
    body: noticeBody(notice, { table: { start: 14, columns: 3, cells: 9 } }),
    footerExtra:
      '<div class="links">新闻媒体：<a href="http://www.people.com.cn/">人民网</a> <a href="http://www.xinhuanet.com/">新华网</a></div>',
  });
  return {
    fileName: 'clean-tricky.html',
    html,
    expected: expectation(
      'A clean notice full of legitimately tricky content (扫黄打非, 体育彩票, 跨境赌博, 棋牌, 代开发票, 办证, 刷单, (市), 5G, GDP, QQ, gov.cn and 163.com addresses, lists of place names, a table of townships) with gov.cn and news-site links in the footer: nothing may be removed, no spam reported.',
      notice,
      [],
      notice.indexNumber,
    ),
  };
}

/** Fixtures of lists: spider pools, link farms, and a clean page full of legitimate lists. */
export function listFixtures(): HtmlFixture[] {
  return [spiderPool(), linkFarm(), cleanTricky()];
}
