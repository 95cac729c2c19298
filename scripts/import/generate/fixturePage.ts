import { esc } from './htmlEscape';
import type { PageEncoding, PageFormat, PageScript, PageTruth } from './pageTypes';

/** What a hand-made fixture's `.expected.json` holds: the truth and how the page was made. */
export interface FixtureExpectation extends PageTruth {
  description: string;
  encoding: PageEncoding;
  format: PageFormat;
  script: PageScript;
  pinyin: boolean;
  /** The charset the page declares (HTML), null when none. */
  declaredCharset: string | null;
  /** Mis-decoded lines the importer can repair: as shown, and as they should read. */
  repairable?: { shown: string; text: string }[];
  /** Lines damaged beyond repair (U+FFFD runs): kept as shown, to be flagged. */
  unrepairable?: string[];
}

export interface NoiseFixture {
  fileName: string;
  bytes: Uint8Array;
  expected: FixtureExpectation;
}

/** The site a fixture page belongs to. */
export interface FixtureSite {
  name: string;
  host: string;
  welcome: string;
  icp: string;
  police: string;
  siteCode: string;
  /** Upper-level portals linked from the footer (all gov.cn). */
  upper: readonly (readonly [string, string])[];
}

export const FAKU: FixtureSite = {
  name: '法库县人民政府',
  host: 'www.faku.gov.cn',
  welcome: '欢迎访问沈阳市法库县人民政府',
  icp: '辽ICP备2021012785号-1',
  police: '辽公网安备 21012402000147号',
  siteCode: '2101240002',
  upper: [
    ['中国政府网', 'http://www.gov.cn/'],
    ['辽宁省人民政府', 'http://www.ln.gov.cn/'],
    ['沈阳市人民政府', 'http://www.shenyang.gov.cn/'],
  ],
};

export const XUNWU: FixtureSite = {
  name: '寻乌县人民政府',
  host: 'www.xunwu.gov.cn',
  welcome: '欢迎访问寻乌县人民政府门户网站',
  icp: '赣ICP备05004158号',
  police: '赣公网安备 36073402000101号',
  siteCode: '3607340001',
  upper: [
    ['中国政府网', 'http://www.gov.cn/'],
    ['江西省人民政府', 'http://www.jiangxi.gov.cn/'],
    ['赣州市人民政府', 'http://www.ganzhou.gov.cn/'],
  ],
};

export const ANSHAN: FixtureSite = {
  name: '鞍山市人民政府',
  host: 'www.anshan.gov.cn',
  welcome: '欢迎访问鞍山市人民政府',
  icp: '辽ICP备05011620号',
  police: '辽公网安备 21030202000088号',
  siteCode: '2103000001',
  upper: [
    ['中国政府网', 'http://www.gov.cn/'],
    ['辽宁省人民政府', 'http://www.ln.gov.cn/'],
  ],
};

/** The parts of a fixture HTML page; strings are markup unless named `text`. */
export interface HtmlParts {
  site: FixtureSite;
  charsetMeta: string | null;
  headExtra?: string;
  bodyTop?: string;
  /** Spam or other markup above the title. */
  contentTop?: string;
  title: string;
  /** The 文号 line under the title, when the page has one. */
  docNumber?: string | null;
  /** 发布日期/来源 line or metadata table, as markup. */
  info: string;
  /** The body's markup, one entry per element. */
  body: readonly string[];
  contentBottom?: string;
  footerExtra?: string;
  bodyBottom?: string;
  afterHtml?: string;
}

/** A plain paragraph of body text. */
export function p(text: string, style = 'text-indent:2em'): string {
  return `<p style="${style}">${esc(text)}</p>`;
}

/** The signature lines, right-aligned. */
export function right(text: string): string {
  return p(text, 'text-align:right');
}

/** A fixture page in the layout of a county portal (nav, breadcrumb, share bar, footer). */
export function htmlPage(parts: HtmlParts): string {
  const { site } = parts;
  const upper = site.upper
    .map(([name, href]) => `<a href="${href}" target="_blank">${name}</a>`)
    .join(' ');
  const lines = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    parts.charsetMeta,
    `<title>${esc(parts.title)}_${site.name}</title>`,
    `<meta name="SiteName" content="${site.name}">`,
    `<meta name="SiteDomain" content="${site.host}">`,
    `<meta name="SiteIDCode" content="${site.siteCode}">`,
    '<link rel="stylesheet" href="/css/style.css">',
    parts.headExtra,
    '</head>',
    '<body>',
    parts.bodyTop,
    `<div class="topbar"><span>${site.welcome}</span> <a href="javascript:void(0)" id="StranLink">繁體</a> | <a href="javascript:void(0)" id="cniil_wza">无障碍</a></div>`,
    '<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>',
    '<div class="location">您当前所在位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>',
    '<div class="article">',
    parts.contentTop,
    `<h1 class="title">${esc(parts.title)}</h1>`,
    parts.docNumber
      ? `<div class="wh" style="text-align:center">${esc(parts.docNumber)}</div>`
      : null,
    parts.info,
    '<div class="TRS_Editor" id="zoom">',
    ...parts.body,
    '</div>',
    parts.contentBottom,
    '<div class="share">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>',
    '</div>',
    '<div class="footer">',
    `<div class="links">政府网站：${upper}</div>`,
    parts.footerExtra,
    '<p><a href="/gywm/">关于我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>',
    `<p>主办：${site.name} 承办：${site.name}办公室</p>`,
    `<p><a href="https://beian.miit.gov.cn/" target="_blank">${site.icp}</a> ${site.police} 网站标识码：${site.siteCode}</p>`,
    '</div>',
    parts.bodyBottom,
    '</body>',
    '</html>',
    parts.afterHtml,
  ];
  return `${lines.filter((line): line is string => typeof line === 'string' && line !== '').join('\n')}\n`;
}

/** 发布日期：… 来源：… as most pages print it. */
export function infoLine(published: string, source: string): string {
  return `<div class="info"><span>发布日期：${published}</span> <span>来源：${esc(source)}</span></div>`;
}

/** The 政府信息公开 metadata table. */
export function metadataTable(fields: {
  indexNumber: string;
  category: string;
  issuer: string;
  signedAt: string;
  docNumber: string;
  publishedAt: string;
}): string {
  return [
    '<table class="xxgk_table">',
    `<tr><th>索引号：</th><td>${fields.indexNumber}</td><th>主题分类：</th><td>${esc(fields.category)}</td></tr>`,
    `<tr><th>发文机关：</th><td>${esc(fields.issuer)}</td><th>成文日期：</th><td>${fields.signedAt}</td></tr>`,
    `<tr><th>文\u3000\u3000号：</th><td>${esc(fields.docNumber)}</td><th>发布日期：</th><td>${fields.publishedAt}</td></tr>`,
    '</table>',
  ].join('\n');
}
