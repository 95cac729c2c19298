import { noticeBody } from './fixtureBody';
import { FAKU_NOTICE } from './fixtureNotices';
import { FAKU, htmlPage, infoLine } from './fixturePage';
import { listFixtures } from './listFixtures';
import type { HtmlFixture } from './spamFixtureParts';
import { expectation, links, linkText, page, UTF8_META } from './spamFixtureParts';

export type { HtmlFixture } from './spamFixtureParts';

const GAMBLING_LINKS = [
  ['澳门新葡京', 'http://www.xpj8888.vip/'],
  ['百家乐', 'http://bjl66.cc/'],
  ['澳门赌场', 'https://www.am337.top/'],
  ['时时彩', 'http://www.ssc518.com/'],
  ['北京赛车', 'http://bjsc.pk10888.cc/'],
  ['真人娱乐', 'http://www.zr9999.vip/'],
] as const;
const CLASS_LINKS = [
  ['太阳城娱乐', 'http://www.tyc999.com/'],
  ['皇冠体育投注', 'http://hg6688.net/'],
  ['威尼斯人官网', 'http://www.wns7788.cc/'],
] as const;
const OFFSCREEN_LINKS = [
  ['成人视频', 'http://www.av5566.top/'],
  ['一夜情', 'http://yyq.vip/'],
  ['色情电影', 'http://sex8899.me/'],
  ['约炮', 'http://www.yp365.xyz/'],
  ['代开发票', 'http://www.fp123.com/'],
] as const;
const ZERO_SIZE_LINKS = [
  ['网上棋牌', 'http://www.qp777.app/'],
  ['彩票投注', 'http://cp5858.club/'],
] as const;

function hiddenSpamLinks(): HtmlFixture {
  const html = page(FAKU, FAKU_NOTICE, {
    headExtra: '<style type="text/css">.fk8a{display:none}</style>',
    bodyTop: `<div style="display:none">${links(GAMBLING_LINKS, ' ')}</div>`,
    contentBottom: `<div class="fk8a">${links(CLASS_LINKS, ' ')}</div>`,
    bodyBottom: `<ul style="position:absolute;left:-9999px;top:-9999px">${OFFSCREEN_LINKS.map(([text, href]) => `<li><a href="${href}">${text}</a></li>`).join('')}</ul>`,
    afterHtml: `<div style="font-size:0px;line-height:0">${links(ZERO_SIZE_LINKS, '')}</div>`,
  });
  return {
    fileName: 'hidden-spam-links.html',
    html,
    expected: expectation(
      'Clean county notice with hidden gambling and explicit links: an inline display:none div above the header, a div hidden by a <style> class rule under the body, an off-screen <ul> before </body>, and a font-size:0 div after </html>.',
      FAKU_NOTICE,
      [
        { kind: 'HIDDEN_LINKS', text: linkText(GAMBLING_LINKS, ' ') },
        { kind: 'HIDDEN_LINKS', text: linkText(CLASS_LINKS, ' ') },
        ...OFFSCREEN_LINKS.map(([text]) => ({ kind: 'HIDDEN_LINKS' as const, text })),
        { kind: 'HIDDEN_LINKS', text: linkText(ZERO_SIZE_LINKS, '') },
      ],
    ),
  };
}

function spamHeadTail(): HtmlFixture {
  const head =
    '澳门新葡京官网【www.xpj8888.vip】真人百家乐 时时彩 北京赛车 注册送38元 客服QQ:88776655';
  const gluedHead = ['百家乐技巧', '网上棋牌 加微信:bjl8899'];
  const gluedTail = ' 成人视频在线观看 一夜情 约炮 www.av5566.top';
  const tail = ['太阳城娱乐 皇冠体育投注 威尼斯人官网 六合彩 ', 'hg6688.net', ' QQ:12345678'];
  const html = page(FAKU, FAKU_NOTICE, {
    bodyTop: `<p>${head}</p>`,
    body: noticeBody(FAKU_NOTICE, {
      first: `<a href="http://www.bjl99.cc/">${gluedHead[0]}</a>${gluedHead[1]}`,
      last: gluedTail,
    }),
    bodyBottom: `<div>${tail[0]}<a href="http://hg6688.net/">${tail[1]}</a>${tail[2]}</div>`,
  });
  return {
    fileName: 'spam-head-tail.html',
    html,
    expected: expectation(
      'Visible spam runs: one above the site header, one glued before the salutation in the same <p>, one glued after (此件公开发布) in the same <p>, one after the footer.',
      FAKU_NOTICE,
      [
        { kind: 'SPAM_HEAD', text: head },
        { kind: 'SPAM_HEAD', text: gluedHead.join('') },
        { kind: 'SPAM_TAIL', text: gluedTail.trim() },
        { kind: 'SPAM_TAIL', text: tail.join('').trim() },
      ],
    ),
  };
}

function spamPage(): HtmlFixture {
  const title = '澳门新葡京官网-百家乐-时时彩在线投注';
  const paragraphs = [
    '澳门新葡京是亚洲领先的在线娱乐平台，提供百家乐、时时彩、北京赛车等多种游戏，注册即送38元彩金。',
    '官方网址：www.xpj8888.vip，客服QQ：88776655，24小时在线为您服务。',
    '百家乐最新玩法技巧分享，稳赚不赔，日赚880元不是梦。',
    '真人荷官在线发牌，体育投注、彩票投注、网上棋牌一站式服务，首存送100%，提款秒到账。',
  ];
  const enter = '立即注册';
  const html = htmlPage({
    site: FAKU,
    charsetMeta: UTF8_META,
    title,
    info: infoLine('2023-04-12', '法库县人民政府'),
    body: [
      ...paragraphs.map((text) => `<p>${text}</p>`),
      `<p><a href="http://www.xpj8888.vip/reg.html">${enter}</a></p>`,
    ],
  });
  return {
    fileName: 'spam-page.html',
    html,
    expected: {
      description:
        'A page of the county portal whose title and whole content were replaced by gambling spam: to be quarantined.',
      encoding: 'UTF-8',
      format: 'html',
      script: 'simplified',
      pinyin: false,
      declaredCharset: 'utf-8',
      title,
      docNumber: null,
      indexNumber: null,
      issuer: '法库县人民政府',
      signedAt: '2023-04-12',
      publishedAt: '2023-04-12',
      paragraphs: [],
      spam: [title, ...paragraphs, enter].map((text) => ({ kind: 'SPAM_PAGE' as const, text })),
      quarantine: true,
    },
  };
}

/** The hand-made UTF-8 HTML fixtures of spam (and of its absence), in the order written. */
export function spamFixtures(): HtmlFixture[] {
  const [spider, farm, clean] = listFixtures();
  return [hiddenSpamLinks(), spamHeadTail(), spider, farm, spamPage(), clean];
}
