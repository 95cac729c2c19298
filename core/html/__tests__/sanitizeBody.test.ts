import { sanitizeBody } from '../sanitizeBody';

describe('sanitizeBody: structure', () => {
  it('keeps paragraphs, headings, lists, emphasis, quotes, spans and divs', () => {
    const html =
      '<h1>标题</h1><h6>小标题</h6><div><p>第一段<br />第二行</p></div>' +
      '<ul><li><strong>一</strong></li><li><b>二</b></li></ul><ol><li><em>三</em></li></ol>' +
      '<blockquote><i>引</i><u>用</u>H<sub>2</sub>O x<sup>2</sup><span>文</span></blockquote>';
    expect(sanitizeBody(html)).toBe(html);
  });

  it('keeps tables with colspan and rowspan only', () => {
    expect(
      sanitizeBody(
        '<table border="1" width="100%"><thead><tr><th colspan="2" align="center">名称</th></tr></thead>' +
          '<tbody><tr><td rowspan="2" class="x">甲</td><td>1</td></tr></tbody></table>',
      ),
    ).toBe(
      '<table><thead><tr><th colspan="2">名称</th></tr></thead>' +
        '<tbody><tr><td rowspan="2">甲</td><td>1</td></tr></tbody></table>',
    );
  });

  it('unwraps unknown tags to their content', () => {
    expect(
      sanitizeBody('<p><font face="宋体" size="3">正文</font><o:p></o:p></p><section>节</section>'),
    ).toBe('<p>正文</p>节');
  });

  it('keeps entities escaped', () => {
    expect(sanitizeBody('<p>a &lt;b&gt; &amp; "c"</p>')).toBe('<p>a &lt;b&gt; &amp; "c"</p>');
  });
});

describe('sanitizeBody: links and images', () => {
  it('keeps http, https and mailto links and adds rel="noopener noreferrer"', () => {
    expect(
      sanitizeBody('<a href="https://www.gov.cn/x.htm" target="_blank" rel="opener">国务院</a>'),
    ).toBe('<a href="https://www.gov.cn/x.htm" rel="noopener noreferrer">国务院</a>');
    expect(sanitizeBody('<a href="http://a.gov.cn/">a</a><a href="mailto:x@gov.cn">b</a>')).toBe(
      '<a href="http://a.gov.cn/" rel="noopener noreferrer">a</a>' +
        '<a href="mailto:x@gov.cn" rel="noopener noreferrer">b</a>',
    );
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://files.example/x',
    '//evil.example/x',
  ])('drops the href %s', (href) => {
    expect(sanitizeBody(`<a href="${href}">x</a>`)).toBe('<a rel="noopener noreferrer">x</a>');
  });

  it('keeps relative links, which carry no scheme', () => {
    expect(sanitizeBody('<a href="/art/2013/10/15/art_1.html">附件</a>')).toBe(
      '<a href="/art/2013/10/15/art_1.html" rel="noopener noreferrer">附件</a>',
    );
  });

  it('keeps http(s) images with alt, and removes images whose source is refused', () => {
    expect(
      sanitizeBody('<img src="https://a.gov.cn/1.png" alt="图" width="10" onerror="x()" />'),
    ).toBe('<img src="https://a.gov.cn/1.png" alt="图" />');
    expect(
      sanitizeBody(
        '<p><img src="javascript:x()" alt="a" /><img src="data:image/png;base64,AAAA" />图</p>',
      ),
    ).toBe('<p>图</p>');
    expect(sanitizeBody('<img src="mailto:x@gov.cn" alt="a" />')).toBe('');
  });
});

describe('sanitizeBody: active content', () => {
  it.each([
    ['script', '<script>alert("x")</script>'],
    ['style', '<style>p{color:red}</style>'],
    [
      'iframe',
      '<iframe src="http://evil.example">fallback <a href="http://spam.example">x</a></iframe>',
    ],
    ['object', '<object data="x.swf"><param name="a" value="b" />备用文字</object>'],
    ['embed', '<embed src="x.swf" />'],
    ['form', '<form action="/s"><label>搜索</label><input name="q" /><button>提交</button></form>'],
    ['noscript', '<noscript><a href="http://spam.example">x</a></noscript>'],
    ['svg', '<svg><a href="http://spam.example"><text>x</text></a></svg>'],
    ['textarea', '<textarea>&lt;script&gt;</textarea>'],
    ['title', '<title>页面标题</title>'],
  ])('drops %s with its content', (_what, html) => {
    expect(sanitizeBody(`<p>前</p>${html}<p>后</p>`)).toBe('<p>前</p><p>后</p>');
  });

  it('drops an unclosed script together with everything after it, as a browser would', () => {
    expect(sanitizeBody('<p>前</p><script>alert(1)<p>后</p>')).toBe('<p>前</p>');
  });

  it('strips event handlers, style, class and id attributes', () => {
    expect(
      sanitizeBody('<p onclick="x()" style="color:red" class="c" id="i" onmouseover="y()">文</p>'),
    ).toBe('<p>文</p>');
  });

  it('drops HTML comments, including conditional ones', () => {
    expect(
      sanitizeBody(
        '<p>a<!-- <a href="http://spam.example">x</a> -->b</p><!--[if IE]>c<![endif]-->',
      ),
    ).toBe('<p>ab</p>');
  });
});

describe('sanitizeBody: hidden content (暗链)', () => {
  it.each([
    ['hidden attribute', '<div hidden><a href="http://spam.example">博彩</a></div>'],
    ['hidden="hidden"', '<div hidden="hidden"><a href="http://spam.example">博彩</a></div>'],
    ['aria-hidden', '<span aria-hidden="true">博彩</span>'],
    ['aria-hidden upper case', '<span aria-hidden=" TRUE ">博彩</span>'],
    ['display:none', '<div style="display:none"><a href="http://spam.example">博彩</a></div>'],
    ['visibility:hidden', '<p style="visibility: hidden">博彩</p>'],
    ['font-size:0', '<span style="font-size:0px"><a href="http://spam.example">博彩</a></span>'],
    ['off-screen left', '<div style="position:absolute;left:-9999px;top:0">博彩</div>'],
    ['off-screen text-indent', '<p style="text-indent:-9999px">博彩</p>'],
    [
      'hidden unknown tag',
      '<font style="display:none"><a href="http://spam.example">博彩</a></font>',
    ],
    ['hidden marquee', '<marquee style="height:1px;width:1px;overflow:hidden">博彩</marquee>'],
    [
      'hidden list of links',
      '<ul style="DISPLAY:NONE"><li><a href="http://a.example">a</a></li></ul>',
    ],
    ['hidden link', '<a href="http://spam.example" style="font-size:0">博彩</a>'],
    ['hidden link (attribute)', '<a href="http://spam.example" hidden>博彩</a>'],
  ])('removes %s with its content', (_what, html) => {
    expect(sanitizeBody(`<p>正文</p>${html}<p>完</p>`)).toBe('<p>正文</p><p>完</p>');
  });

  it('removes elements hidden by a class or id rule in an embedded <style>, wherever it is', () => {
    expect(
      sanitizeBody(
        '<p>正文</p><div class="a1"><a href="http://spam.example">博彩</a></div><p id="x9">彩票</p>' +
          '<style>.a1{display:none}#x9{text-indent:-9999px}.MsoNormal{margin:0}</style><p class="MsoNormal">完</p>',
      ),
    ).toBe('<p>正文</p><p>完</p>');
  });

  it('removes a hidden element nested inside visible structure, keeping its siblings', () => {
    expect(
      sanitizeBody(
        '<table><tr><td>甲<div style="display:none"><a href="http://spam.example">x</a></div>乙</td>' +
          '<td style="display:none">丙</td></tr></table>',
      ),
    ).toBe('<table><tr><td>甲乙</td></tr></table>');
  });

  it('removes an unclosed hidden element up to where the parser closes it', () => {
    expect(
      sanitizeBody('<p>正文</p><div style="display:none"><a href="http://spam.example">x</a>'),
    ).toBe('<p>正文</p>');
  });

  it('keeps elements whose style does not hide them, without the style', () => {
    expect(
      sanitizeBody(
        '<p style="text-indent:2em">一</p><p style="text-indent:-21pt;margin-left:21pt">二</p>' +
          '<p aria-hidden="false">三</p><p style="display:block">四</p>',
      ),
    ).toBe('<p>一</p><p>二</p><p>三</p><p>四</p>');
  });

  it('does not lose a whole page to a hidden element in its <head>', () => {
    expect(
      sanitizeBody(
        '<html><head><title>标题</title><style>.x{}</style></head><body><p>正文</p></body></html>',
      ),
    ).toBe('<p>正文</p>');
  });
});

/*
 * Hostile input, one row each: what an attacker or a hacked source page sends, and exactly what
 * survives. Every output is also checked against what must never survive, whatever the row.
 */
describe('sanitizeBody: hostile input', () => {
  const REL = 'rel="noopener noreferrer"';
  const IMG = 'https://a.gov.cn/1.png';

  it.each([
    // Link schemes, obfuscated
    ['tab entity in the scheme', '<a href="jav&#x09;ascript:alert(1)">x</a>', `<a ${REL}>x</a>`],
    [
      'newline entity in the scheme',
      '<a href="jav&#x0A;ascript:alert(1)">x</a>',
      `<a ${REL}>x</a>`,
    ],
    ['mixed case', '<a href="JaVaScRiPt:alert(1)">x</a>', `<a ${REL}>x</a>`],
    ['leading spaces', '<a href="   javascript:alert(1)">x</a>', `<a ${REL}>x</a>`],
    [
      'leading control characters',
      '<a href="\u0001\u000ejavascript:alert(1)">x</a>',
      `<a ${REL}>x</a>`,
    ],
    [
      'encoded leading controls',
      '<a href="&#x20;&#x0B;javascript:alert(1)">x</a>',
      `<a ${REL}>x</a>`,
    ],
    ['NUL in the scheme', '<a href="java\u0000script:alert(1)">x</a>', `<a ${REL}>x</a>`],
    ['named entity colon', '<a href="javascript&colon;alert(1)">x</a>', `<a ${REL}>x</a>`],
    [
      'entities without ;',
      '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>',
      `<a ${REL}>x</a>`,
    ],
    [
      'hex entities without ;',
      '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">x</a>',
      `<a ${REL}>x</a>`,
    ],
    ['backslash protocol-relative', '<a href="\\\\evil.example/x">x</a>', `<a ${REL}>x</a>`],
    ['mixed slashes', '<a href="/\\evil.example/x">x</a>', `<a ${REL}>x</a>`],
    ['file:', '<a href="file:///etc/passwd">x</a>', `<a ${REL}>x</a>`],
    ['unquoted, slash-separated', '<a/href="javascript:alert(1)">x</a>', `<a ${REL}>x</a>`],
    [
      'bad first of two hrefs',
      '<a href="javascript:alert(1)" href="https://a.gov.cn/">x</a>',
      `<a ${REL}>x</a>`,
    ],
    // Image sources
    ['img: tab entity', '<p><img src="jav&#x09;ascript:alert(1)" alt="a" />图</p>', '<p>图</p>'],
    ['img: mixed case, leading space', '<p><img src=" JaVaScRiPt:alert(1)" />图</p>', '<p>图</p>'],
    ['img: data: svg', '<p><img src="data:image/svg+xml;base64,PHN2Zz4=" />图</p>', '<p>图</p>'],
    ['img: entities without ;', '<p><img src="&#106avascript:alert(1)" />图</p>', '<p>图</p>'],
    ['img: protocol-relative', '<p><img src="//evil.example/1.png" />图</p>', '<p>图</p>'],
    [
      'img: srcset and handlers',
      `<img src="${IMG}" srcset="javascript:alert(1) 1x" onerror="alert(1)" onload="x()" />`,
      `<img src="${IMG}" />`,
    ],
    [
      'img: slash-separated attributes',
      `<img/src="${IMG}"/onerror="alert(1)">`,
      `<img src="${IMG}" />`,
    ],
    ['img: <image> alias', '<p><image src="javascript:alert(1)">图</p>', '<p>图</p>'],
    [
      'alt breaking out of its quotes',
      `<img src="${IMG}" alt='"><script>alert(1)</script>' />`,
      `<img src="${IMG}" alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" />`,
    ],
    // target and rel
    [
      'target without rel',
      '<a href="https://a.gov.cn/" target="_blank">x</a>',
      `<a href="https://a.gov.cn/" ${REL}>x</a>`,
    ],
    [
      'target with rel=opener',
      '<a href="https://a.gov.cn/" target="_top" rel="opener">x</a>',
      `<a href="https://a.gov.cn/" ${REL}>x</a>`,
    ],
    [
      'ping and download',
      '<a href="https://a.gov.cn/" ping="https://evil.example/" download>x</a>',
      `<a href="https://a.gov.cn/" ${REL}>x</a>`,
    ],
    // Styles that inject
    ['CSS expression()', '<p style="width:expression(alert(1))">文</p>', '<p>文</p>'],
    [
      'url(javascript:)',
      '<div style="background:url(javascript:alert(1))">文</div>',
      '<div>文</div>',
    ],
    [
      '-moz-binding',
      '<p style="-moz-binding:url(https://evil.example/x.xml#x)">文</p>',
      '<p>文</p>',
    ],
    [
      'overlay over the page',
      '<div style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:9999">文</div>',
      '<div>文</div>',
    ],
    [
      'table background',
      '<table background="javascript:alert(1)"><tr><td background="javascript:alert(1)">x</td></tr></table>',
      '<table><tr><td>x</td></tr></table>',
    ],
    // Attribute values that are not what they claim
    [
      'colspan carrying a handler',
      '<table><tr><td colspan="2 onmouseover=alert(1)">x</td></tr></table>',
      '<table><tr><td>x</td></tr></table>',
    ],
    [
      'huge rowspan',
      '<table><tr><th rowspan="99999">x</th><td colspan=" 3 ">y</td></tr></table>',
      '<table><tr><th>x</th><td colspan=" 3 ">y</td></tr></table>',
    ],
    // Elements that are never body content
    [
      'math with mXSS payload',
      '<math><mi><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;"></mglyph></mi></math>',
      '',
    ],
    [
      'noscript mXSS',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
      '',
    ],
    ['svg onload', '<svg/onload=alert(1)>', ''],
    ['svg with style and img', '<svg><p><style><img src=x onerror=alert(1)></style></p></svg>', ''],
    [
      'base href',
      '<base href="javascript:alert(1)//"><a href="/x">x</a>',
      `<a href="/x" ${REL}>x</a>`,
    ],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', ''],
    ['iframe srcdoc', '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>', ''],
    ['object data', '<object data="javascript:alert(1)"></object>', ''],
    ['embed src', '<embed src="javascript:alert(1)">', ''],
    ['form action', '<form action="javascript:alert(1)"><button>x</button></form>', ''],
    ['button formaction', '<button formaction="javascript:alert(1)">x</button>', ''],
    ['input autofocus', '<input autofocus onfocus="alert(1)">', ''],
    ['video source', '<video><source onerror="alert(1)"></video>', ''],
    ['details ontoggle', '<details open ontoggle="alert(1)">x</details>', 'x'],
    ['CDATA', '<p><![CDATA[<img src=x onerror=alert(1)>]]></p>', '<p></p>'],
    // Hidden by CSS escapes, which browsers decode
    ['escaped value', '<p style="display:n\\one">博彩</p><p>文</p>', '<p>文</p>'],
    ['escaped property', '<p style="\\64isplay:none">博彩</p><p>文</p>', '<p>文</p>'],
    ['escaped letter', '<p style="dis\\play: none">博彩</p><p>文</p>', '<p>文</p>'],
    [
      'escaped in a stylesheet rule',
      '<style>.x{visibility:hidde\\6e}</style><p class="x">博彩</p><p>文</p>',
      '<p>文</p>',
    ],
  ])('%s', (_what, html, expected) => {
    const output = sanitizeBody(html);
    expect(output).toBe(expected);
    expect(output).not.toMatch(
      /javascript|data:|<script|<style|<svg|<math|<iframe|\son\w+=|style=|target=/i,
    );
  });
});
