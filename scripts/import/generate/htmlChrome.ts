import type { Random } from '../../seed/random';
import type { DayDate } from './dayDates';
import { headerDay, isoDay } from './dayDates';
import { esc } from './htmlEscape';
import type { PageText } from './pageScript';
import type { ChromeLink, SiteChrome } from './siteChrome';

/*
 * The site around a notice as HTML, in the shapes of the CMSs county and city portals run:
 * top bar with 繁體 and 无障碍 switches, logo and search, menu, breadcrumb, 政府信息公开 table or
 * 发布日期 line, print and share bar, related files, footer with filings and upper-level links.
 */
export class HtmlChrome {
  constructor(
    private readonly random: Random,
    private readonly chrome: SiteChrome,
    private readonly text: PageText,
  ) {}

  private t(value: string): string {
    return esc(this.text.show(value));
  }

  private a(link: ChromeLink, extra = ''): string {
    return `<a href="${esc(link.href)}"${extra}>${this.t(link.text)}</a>`;
  }

  header(): string {
    const { random, chrome } = this;
    const switches = [
      `<a href="javascript:void(0);" id="StranLink">${this.t(random.pick(['繁體', '繁體中文', '繁体']))}</a>`,
      `<a href="javascript:void(0);" id="cniil_wza">${this.t('无障碍')}</a>`,
    ];
    if (random.chance(0.5)) switches.push(`<a href="/ghb/">${this.t('关怀版')}</a>`);
    if (random.chance(0.6)) {
      switches.push(
        `<a href="javascript:void(0);" onclick="SetHome(this,'http://${chrome.host}');">${this.t('设为首页')}</a>`,
      );
      switches.push(
        `<a href="javascript:void(0);" onclick="AddFavorite();">${this.t('加入收藏')}</a>`,
      );
    }
    return [
      `<div class="topbar"><div class="w1200"><span class="welcome">${this.t(chrome.welcome)}</span><span class="fr">${switches.join(' | ')}</span></div></div>`,
      `<div class="header"><div class="w1200"><div class="logo"><a href="/"><img src="/images/logo.png" alt="${esc(this.text.truth(chrome.siteName))}"></a></div>`,
      `<div class="search"><form action="/search/" method="get" target="_blank"><input type="text" name="q" placeholder="${esc(this.text.truth('请输入关键字'))}"><button type="submit">${this.t('搜索')}</button></form></div></div></div>`,
      `<div class="nav"><ul class="w1200">${chrome.nav.map((link, i) => `<li${i === 0 ? ' class="on"' : ''}>${this.a(link)}</li>`).join('')}</ul></div>`,
    ].join('\n');
  }

  breadcrumb(): string {
    const { random, chrome } = this;
    const label = random.pick(['您当前所在位置：', '当前位置：', '您现在的位置：']);
    const sep = random.pick([' &gt; ', ' &gt;&gt; ', ' » ', ' / ']);
    return `<div class="location w1200">${this.t(label)}${chrome.breadcrumb.map((link) => this.a(link)).join(sep)}</div>`;
  }

  /** The 政府信息公开 metadata table (索引号, 主题分类, 发文机关, 成文日期, 文号, 发布日期). */
  metadataTable(fields: {
    indexNumber: string;
    category: string;
    issuer: string;
    signedAt: DayDate;
    title: string;
    docNumber: string | null;
    publishedAt: DayDate;
  }): string {
    const day = (date: DayDate) =>
      this.random.chance(0.5)
        ? isoDay(date)
        : `${date.year}年${String(date.month).padStart(2, '0')}月${String(date.day).padStart(2, '0')}日`;
    const cell = (label: string, value: string, colspan = false) =>
      `<th>${this.t(label)}</th><td${colspan ? ' colspan="3"' : ''}>${this.t(value)}</td>`;
    return [
      '<table class="xxgk_table" cellspacing="0" cellpadding="0">',
      `<tr>${cell('索 引 号：', fields.indexNumber)}${cell('主题分类：', fields.category)}</tr>`,
      `<tr>${cell('发文机关：', fields.issuer)}${cell('成文日期：', day(fields.signedAt))}</tr>`,
      `<tr>${cell('标　　题：', fields.title, true)}</tr>`,
      `<tr>${cell('发文字号：', fields.docNumber ?? '')}${cell('发布日期：', day(fields.publishedAt))}</tr>`,
      '</table>',
    ].join('\n');
  }

  /** 发布日期：… 来源：… 浏览次数：… 【字体：大 中 小】 */
  infoLine(publishedAt: DayDate): string {
    const { random, chrome } = this;
    const parts = [
      `${this.t(random.pick(['发布日期：', '发布时间：', '日期：']))}${this.t(headerDay(random, publishedAt))}`,
      `${this.t('来源：')}${this.t(chrome.source)}`,
    ];
    if (random.chance(0.5))
      parts.push(`${this.t('浏览次数：')}<span id="hits">${chrome.views}</span>`);
    if (random.chance(0.6)) {
      parts.push(
        `${this.t('【字体：')}<a href="javascript:doZoom(18)">${this.t('大')}</a> <a href="javascript:doZoom(16)">${this.t('中')}</a> <a href="javascript:doZoom(14)">${this.t('小')}</a>${this.t('】')}`,
      );
    }
    return `<div class="info">${parts.map((part) => `<span>${part}</span>`).join(random.pick(['&nbsp;&nbsp;', ' ', '&nbsp;&nbsp;&nbsp;&nbsp;']))}</div>`;
  }

  shareBar(): string {
    return [
      '<div class="share">',
      `<span class="print">【<a href="javascript:window.print();">${this.t('打印本页')}</a>】【<a href="javascript:window.close();">${this.t('关闭窗口')}</a>】</span>`,
      `<span class="bdsharebuttonbox">${this.t('分享到：')}<a class="bds_weixin" title="${esc(this.text.truth('分享到微信'))}">${this.t('微信')}</a> <a class="bds_tsina">${this.t('微博')}</a> <a class="bds_qzone">QQ${this.t('空间')}</a></span>`,
      '</div>',
    ].join('');
  }

  related(): string {
    const items = this.chrome.related.map((link) => `<li>${this.a(link, ' target="_blank"')}</li>`);
    return `<div class="related"><div class="hd">${this.t(this.random.pick(['相关文件', '相关链接', '相关阅读']))}</div><ul>${items.join('')}</ul></div>`;
  }

  footer(): string {
    const { random, chrome } = this;
    const lines: string[] = [];
    const links = [...chrome.upperLinks, ...chrome.friendLinks];
    lines.push(
      `<div class="links">${this.t('政府网站：')}${links.map((link) => this.a(link, ' target="_blank"')).join(' ')}</div>`,
    );
    if (chrome.mediaLinks.length > 0) {
      lines.push(
        `<div class="links">${this.t('新闻媒体：')}${chrome.mediaLinks.map((link) => this.a(link, ' target="_blank"')).join(' ')}</div>`,
      );
    }
    lines.push(
      `<p>${['关于我们', '网站声明', '网站地图', '联系我们'].map((text, i) => `<a href="/${['gywm', 'wzsm', 'wzdt', 'lxwm'][i]}/">${this.t(text)}</a>`).join(' | ')}</p>`,
    );
    lines.push(
      `<p>${this.t(`主办：${chrome.sponsor}`)}&nbsp;&nbsp;${this.t(`承办：${chrome.organiser}`)}</p>`,
    );
    if (random.chance(0.6))
      lines.push(
        `<p>${this.t(`地址：${chrome.address}`)}&nbsp;&nbsp;${this.t(`联系电话：${chrome.phone}`)}</p>`,
      );
    const record = chrome.police.replace(/\D/g, '');
    lines.push(
      `<p><a href="https://beian.miit.gov.cn/" target="_blank">${this.t(chrome.icp)}</a>&nbsp;&nbsp;<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=${record}" target="_blank"><img src="/images/ga.png" alt="">${this.t(chrome.police)}</a>&nbsp;&nbsp;${this.t(`网站标识码：${chrome.siteCode}`)}</p>`,
    );
    lines.push(
      `<p class="icons"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=${random.int(100000, 999999)}" target="_blank"><img src="/images/red.png" alt="${esc(this.text.truth('党政机关'))}"></a> <a href="https://zfwzzc.www.gov.cn/check_web/errorInfo_querySearch.action?term=${chrome.siteCode}" target="_blank"><img src="/images/jiucuo.png" alt="${esc(this.text.truth('政府网站找错'))}"></a></p>`,
    );
    if (random.chance(0.4))
      lines.push(
        `<p>${this.t(random.pick(['建议使用1366*768分辨率浏览本站', '技术支持：' + chrome.organiser]))}</p>`,
      );
    return `<div class="footer"><div class="w1200">\n${lines.join('\n')}\n</div></div>`;
  }
}
