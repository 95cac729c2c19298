import { htmlToPlainText } from '../htmlToPlainText';

describe('htmlToPlainText', () => {
  it('puts each paragraph, heading, list item and line break on its own line', () => {
    expect(
      htmlToPlainText(
        '<h2>Notice 通知</h2><p>第一段</p><div>第二段<br>第二行</div><ul><li>甲</li><li>乙</li></ul>' +
          '<ol><li>一</li></ol>',
      ),
    ).toBe('Notice 通知\n第一段\n第二段\n第二行\n• 甲\n• 乙\n1. 一');
  });

  it('decodes entities and collapses whitespace per line, including &nbsp; and full-width indents', () => {
    expect(
      htmlToPlainText(
        '<p>&nbsp;&nbsp;　　各镇政府（街道办事处）：&lt;通知&gt; &amp;  &quot;要求&quot;\t</p>',
      ),
    ).toBe('各镇政府（街道办事处）：<通知> & "要求"');
  });

  it('writes table rows as lines of cells', () => {
    expect(
      htmlToPlainText(
        '<table><tr><th>名称</th><th>数量</th></tr><tr><td>网站</td><td>3</td></tr></table>',
      ),
    ).toBe('名称 数量\n网站 3');
  });

  it('leaves out link targets, images, scripts and hidden spam', () => {
    expect(
      htmlToPlainText(
        '<p>详见<a href="http://www.gov.cn/">中国政府网</a><img src="http://a/1.png" alt="图"></p>' +
          '<script>var a = "脚本";</script><div style="display:none"><a href="http://spam.example">博彩</a></div>',
      ),
    ).toBe('详见中国政府网');
  });

  it('returns an empty string for markup without text', () => {
    expect(htmlToPlainText('')).toBe('');
    expect(htmlToPlainText('<p> </p><br><div>&nbsp;</div>')).toBe('');
  });
});
