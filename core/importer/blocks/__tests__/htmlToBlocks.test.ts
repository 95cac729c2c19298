import { htmlToBlocks } from '../htmlToBlocks';

const IDEOGRAPHIC_SPACE = '\u3000';

function texts(html: string): string[] {
  return htmlToBlocks(html).blocks.map((block) => block.text);
}

describe('htmlToBlocks', () => {
  it('makes one block per block-level element with text, inline elements joining it', () => {
    const page = htmlToBlocks(
      '<html><body><div id="main" class="content box"><h1>关于<b>加强</b>管理的通知</h1>' +
        '<p>第一段<span>文字</span>，<a href="/a.html">链接</a>。</p>' +
        '<ul><li>一</li><li>二</li></ul><table><tr><td>甲</td><th>乙</th></tr></table>' +
        '<dl><dt>标题</dt><dd>说明</dd></dl><blockquote>引用</blockquote></div></body></html>',
    );
    expect(page.blocks.map((b) => [b.tag, b.text])).toEqual([
      ['h1', '关于加强管理的通知'],
      ['p', '第一段文字，链接。'],
      ['li', '一'],
      ['li', '二'],
      ['td', '甲'],
      ['th', '乙'],
      ['dt', '标题'],
      ['dd', '说明'],
      ['blockquote', '引用'],
    ]);
    expect(page.blocks.map((b) => b.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(page.blocks[0].path).toBe('body>div#main.content.box>h1');
    expect(page.blocks[4].path).toBe('body>div#main.content.box>table>tr>td');
    expect(page.blocks[1].links).toEqual([{ href: '/a.html', text: '链接', hidden: false }]);
  });

  it('splits <br> lines into blocks that continue the paragraph, unless indented or after an empty line', () => {
    const page = htmlToBlocks(
      `<div>第一行<br>第二行<br>${IDEOGRAPHIC_SPACE.repeat(2)}第三行<br><br>第四行<br>&nbsp;&nbsp;第五行</div>`,
    );
    expect(page.blocks.map((b) => [b.text, b.paragraphStart])).toEqual([
      ['第一行', true],
      ['第二行', false],
      ['第三行', true],
      ['第四行', true],
      ['第五行', true],
    ]);
  });

  it('keeps a parent text before and after a nested block as blocks of the parent', () => {
    const page = htmlToBlocks('<div class="c">前言<p>段落</p>结尾</div>');
    expect(page.blocks.map((b) => [b.tag, b.path, b.text, b.paragraphStart])).toEqual([
      ['div', 'div.c', '前言', true],
      ['p', 'div.c>p', '段落', true],
      ['div', 'div.c', '结尾', true],
    ]);
  });

  it('collapses white space, drops indentation and decodes entities', () => {
    expect(
      texts(
        `<p>\n   ${IDEOGRAPHIC_SPACE.repeat(2)}为进一步  做好\n\t工作 &amp; &lt;规范&gt; &#x4E2D;&nbsp;文 </p>`,
      ),
    ).toEqual(['为进一步 做好 工作 & <规范> 中 文']);
  });

  it('leaves script, style, noscript, template, iframe and head elements out of the text', () => {
    expect(
      texts(
        '<html><head><title>标题</title><style>p{color:red}</style><script>var a="文字";</script></head>' +
          '<body><noscript>请启用脚本</noscript><template><p>模板</p></template>' +
          '<iframe>框架</iframe><p>正文</p><textarea>输入</textarea></body></html>',
      ),
    ).toEqual(['正文']);
  });

  it('reads the title, meta tags by lower-case name or property, and the declared charset', () => {
    const page = htmlToBlocks(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB2312">' +
        '<title>\n  关于加强政府网站信息内容建设的意见 _法库县人民政府 </title>' +
        '<meta name="ArticleTitle" content="关于加强政府网站信息内容建设的意见">' +
        '<meta name="PubDate" content="2022-04-21 09:30"><meta name="ContentSource" content="县政府办">' +
        '<meta property="og:title" content="OG"><meta name="keywords" content="政务公开,网站">' +
        '<meta name="PubDate" content="2000-01-01"><meta name="__proto__" content="x"></head></html>',
    );
    expect(page.title).toBe('关于加强政府网站信息内容建设的意见 _法库县人民政府');
    expect(page.charsetDeclared).toBe('gb2312');
    expect(page.metaTags).toEqual({
      articletitle: '关于加强政府网站信息内容建设的意见',
      pubdate: '2022-04-21 09:30',
      contentsource: '县政府办',
      'og:title': 'OG',
      keywords: '政务公开,网站',
    });
    expect(htmlToBlocks('<meta charset="UTF-8"><p>x</p>').charsetDeclared).toBe('utf-8');
    expect(htmlToBlocks('<p>x</p>')).toMatchObject({
      title: null,
      metaTags: {},
      charsetDeclared: null,
    });
  });

  describe('hidden content', () => {
    it('flags a block hidden by an inline style, with the reason, and everything inside it', () => {
      const page = htmlToBlocks(
        '<div style="display:none" class="a1"><p><a href="http://x.com">百家乐</a></p></div><p>正文</p>',
      );
      expect(page.blocks.map((b) => [b.text, b.hidden, b.hiddenReason])).toEqual([
        ['百家乐', true, 'style "display:none" on div.a1'],
        ['正文', false, null],
      ]);
      expect(page.blocks[0].links).toEqual([
        { href: 'http://x.com', text: '百家乐', hidden: true },
      ]);
    });

    it('flags elements hidden by a class or id rule of an embedded stylesheet', () => {
      const page = htmlToBlocks(
        '<style>.hid{display:none} #spam{visibility:hidden}</style>' +
          '<div class="hid">甲</div><ul id="spam"><li>乙</li></ul><div>丙</div>',
      );
      expect(page.blocks.map((b) => [b.text, b.hiddenReason])).toEqual([
        ['甲', 'stylesheet rule on div.hid'],
        ['乙', 'stylesheet rule on ul#spam'],
        ['丙', null],
      ]);
    });

    it.each([
      [
        'off-screen position',
        '<div style="position:absolute;left:-9999px"><a href="http://a.cc">赌场</a></div>',
      ],
      ['text-indent', '<p style="text-indent:-2000px">赌场</p>'],
      ['zero font size', '<div style="font-size:0">赌场</div>'],
      ['zero height with overflow hidden', '<div style="height:0;overflow:hidden">赌场</div>'],
      ['one pixel box', '<div style="width:1px;height:1px;overflow:hidden">赌场</div>'],
      ['hidden attribute', '<div hidden>赌场</div>'],
      ['marquee off screen', '<marquee style="position:absolute;top:-500px">赌场</marquee>'],
      ['zero-height marquee', '<marquee height="1" width="1">赌场</marquee>'],
      ['white on white', '<div style="background:#FFF;color:#ffffff">赌场</div>'],
      [
        'font colour on table background',
        '<table bgcolor="white"><tr><td><font color="#fff">赌场</font></td></tr></table>',
      ],
    ])('flags %s', (_name, html) => {
      const blocks = htmlToBlocks(`${html}<p>正文</p>`).blocks;
      expect(blocks.map((b) => [b.text, b.hidden])).toEqual([
        ['赌场', true],
        ['正文', false],
      ]);
      expect(blocks[0].hiddenReason).toEqual(expect.any(String));
    });

    it('does not guess colours a stylesheet may set, nor hide a link coloured by the browser', () => {
      const blocks = htmlToBlocks(
        '<body bgcolor="#ffffff"><div class="nav"><font color="#ffffff">首页</font></div>' +
          '<div style="background:url(bg.png)"><span style="color:#fff">横幅</span></div>' +
          '<font color="white"><a href="/x">链接</a></font><div style="color:#fff;background:#c00">红底白字</div></body>',
      ).blocks;
      expect(blocks.filter((b) => b.hidden)).toEqual([]);
    });

    it('moves hidden inline content out of a visible paragraph into a hidden block of its own', () => {
      const blocks = htmlToBlocks(
        '<p>为进一步做好工作<span style="display:none">隐藏<a href="http://y.cc">太阳城</a></span>，现通知如下。</p>',
      ).blocks;
      expect(blocks.map((b) => [b.tag, b.text, b.hidden])).toEqual([
        ['p', '为进一步做好工作，现通知如下。', false],
        ['span', '隐藏太阳城', true],
      ]);
      expect(blocks[0].links).toEqual([]);
      expect(blocks[1].links).toEqual([{ href: 'http://y.cc', text: '太阳城', hidden: true }]);
    });

    it('hides an element that an inline script hides by id at load, but not one a click handler hides', () => {
      const blocks = htmlToBlocks(
        '<div id="a8"><a href="http://z.com">六合彩</a></div>' +
          '<script>document.getElementById("a8").style.display="none";</script>' +
          '<div id="tab2">第二页</div><script>function show(){document.getElementById("tab2").style.display="none"}</script>',
      ).blocks;
      expect(blocks.map((b) => [b.text, b.hiddenReason])).toEqual([
        ['六合彩', 'hidden by script on div#a8'],
        ['第二页', null],
      ]);
    });

    it('hides the siblings between a script that writes a hidden opening tag and one that closes it', () => {
      const blocks = htmlToBlocks(
        '<div id="f"><p>页脚</p><script>document.write(\'<div style="display:none">\');</script>' +
          '<a href="http://a.top">百家乐</a> <a href="http://b.top">赌场</a>' +
          '<script>document.write("</div>")</script><p>版权所有</p></div>',
      ).blocks;
      expect(blocks.map((b) => [b.text, b.hidden])).toEqual([
        ['页脚', false],
        ['百家乐', true],
        ['赌场', true],
        ['版权所有', false],
      ]);
      expect(blocks[1].hiddenReason).toBe('script-written hidden wrapper in div#f');
    });
  });

  it('keeps lines of preformatted text apart', () => {
    expect(
      htmlToBlocks('<pre>第一行\n第二行\n\n第三行</pre>').blocks.map((b) => [
        b.text,
        b.paragraphStart,
      ]),
    ).toEqual([
      ['第一行', true],
      ['第二行', false],
      ['第三行', true],
    ]);
  });

  it('reads text outside <html> and in unclosed elements of broken markup', () => {
    expect(texts('<a href="http://x.cc">前置</a><html><body><div><p>正文<div>未闭合')).toEqual([
      '前置',
      '正文',
      '未闭合',
    ]);
    expect(texts('</p></div><p<>>><<<p>文字</td></tr>')).toContain('文字');
  });

  it('survives thousands of nested elements and never throws', () => {
    const deep = `${'<div><span>'.repeat(20000)}深层${'</span></div>'.repeat(20000)}`;
    expect(texts(deep)).toEqual(['深层']);
    expect(htmlToBlocks('').blocks).toEqual([]);
  });
});
