import { chromePath } from '../chromePath';
import { chromeReason } from '../chromePatterns';
import { isProse } from '../isProse';
import { findLabels, labelOnlyField, startsWithLabel } from '../labelledFields';
import { normalizeText } from '../normalizedBlock';
import { readSiteFilings } from '../readSiteFilings';
import { stripChromeSegments } from '../stripChromeSegments';

const reason = (text: string): string | null => {
  const norm = normalizeText(text);
  return chromeReason(norm, isProse(norm));
};

describe('chrome phrases', () => {
  it('names the usual chrome', () => {
    expect(reason('繁體轉換')).toBe('SCRIPT_SWITCH');
    expect(reason('设为首页')).toBe('BOOKMARK_BAR');
    expect(reason('关怀版 无障碍 无障碍')).toBe('ACCESSIBILITY_BAR');
    expect(reason('长者模式')).toBe('ACCESSIBILITY_BAR');
    expect(reason('当前位置：首页 > 政务公开')).toBe('BREADCRUMB');
    expect(reason('访问量:')).toBe('VISIT_COUNTER');
    expect(reason('字号：大 中 小')).toBe('FONT_SIZE_BAR');
    expect(reason('【打印本页】 【关闭窗口】')).toBe('PRINT_BAR');
    expect(reason('扫一扫在手机打开当前页')).toBe('SHARE_BAR');
    expect(reason('分享到：微信 微博 QQ空间')).toBe('SHARE_BAR');
    expect(reason('上一篇：关于开展普查的通知')).toBe('RELATED_ARTICLES');
    expect(reason('政府网站找错')).toBe('FOOTER');
    expect(reason('地址：法库县政府路1号 邮编：110400')).toBe('FOOTER');
    expect(reason('首页 | 政务公开 | 政务服务 | 互动交流')).toBe('NAVIGATION');
    expect(reason('京ICP备05070218号')).toBe('ICP_FILING');
    expect(reason('京公网安备 11010202000001号')).toBe('POLICE_FILING');
    expect(reason('网站标识码：bm01000001')).toBe('SITE_CODE');
  });

  it('does not condemn prose for a chrome word, only for a filing number or copyright', () => {
    expect(reason('完善政府网站设计、内容搜索、数据库建设、无障碍浏览等功能。')).toBeNull();
    expect(
      reason('信息页面能够向主要社交媒体(QQ、微信、微博等)提供分享服务,分享到微信。'),
    ).toBeNull();
    expect(reason('本网站版权所有,未经许可不得转载。')).toBe('FOOTER');
  });

  it('leaves titles and headings alone', () => {
    expect(reason('法库县政府办公室关于加强政府重大政策信息内容建设的意见')).toBeNull();
    expect(reason('一、总体要求')).toBeNull();
    expect(reason('2020年4月17日')).toBeNull();
  });
});

describe('chrome containers', () => {
  it('reads nav and footer containers from the path, strong before weak', () => {
    expect(chromePath('body>div#nav.menu>ul>li')).toEqual({
      reason: 'NAVIGATION',
      strong: true,
      depth: 1,
    });
    expect(chromePath('body>div.footer>p')?.reason).toBe('FOOTER');
    expect(chromePath('body>footer>p')?.strong).toBe(true);
    expect(chromePath('body>div.bdsharebuttonbox')?.reason).toBe('SHARE_BAR');
    expect(chromePath('body>header>h1')).toEqual({
      reason: 'SITE_HEADER',
      strong: false,
      depth: 1,
    });
    expect(chromePath('body>div.main>div.article>p')).toBeNull();
    expect(chromePath('body>div.headline>h1')).toBeNull();
  });

  it('ignores containers shared with the notice', () => {
    expect(chromePath('body>div.nav-wrap>div.article>p', 2)).toBeNull();
  });
});

describe('metadata labels', () => {
  it('finds several labels on one line, spaced labels and traditional ones', () => {
    const norm = normalizeText('發布日期:2022-04-21來源:法库县人民政府办公室');
    expect(findLabels(norm).map((l) => [l.field, norm.slice(l.valueStart, l.valueEnd)])).toEqual([
      ['publishedAt', '2022-04-21'],
      ['source', '法库县人民政府办公室'],
    ]);
    expect(labelOnlyField(normalizeText('索 引 号：'))).toEqual({
      label: '索引号',
      field: 'indexNumber',
    });
    expect(startsWithLabel(normalizeText('文　　号：穗府办〔2023〕5号'))).toBe(true);
  });

  it('does not read a label out of a longer word', () => {
    expect(findLabels(normalizeText('截止日期:2023年5月1日'))).toEqual([]);
    expect(findLabels(normalizeText('发文字号:某政发〔2023〕1号')).map((l) => l.field)).toEqual([
      'docNumber',
    ]);
  });

  it('cuts counters and buttons out of a header line', () => {
    const norm = normalizeText('发布时间：2023-03-20 浏览次数：35 【打印】');
    const { keep, removed } = stripChromeSegments(norm);
    expect(keep.map(([s, e]) => norm.slice(s, e).trim()).join('')).toBe('发布时间:2023-03-20');
    expect(removed.map((r) => r.reason)).toEqual(['VISIT_COUNTER', 'PRINT_BAR']);
  });
});

describe('readSiteFilings', () => {
  it('reads the site code and the filings as printed', () => {
    expect(
      readSiteFilings([
        '网站标识码:2101240002 辽公网备21012402000147号',
        'ICP备案号：辽ICP备2021012785号-1',
      ]),
    ).toEqual({
      siteCode: '2101240002',
      icp: '辽ICP备2021012785号-1',
      police: '辽公网备21012402000147号',
    });
    expect(readSiteFilings(['版权所有'])).toEqual({ siteCode: null, icp: null, police: null });
  });
});
