import { htmlToPlainText } from '../htmlToPlainText';
import { plainTextToHtml } from '../plainTextToHtml';

describe('plainTextToHtml', () => {
  it('makes one <p> per non-empty line, trimming full-width indents', () => {
    expect(plainTextToHtml('各镇政府：\n\n　　一、总体要求\r\n  （一）指导思想。\r\r')).toBe(
      '<p>各镇政府：</p>\n<p>一、总体要求</p>\n<p>（一）指导思想。</p>',
    );
  });

  it('escapes markup in the text', () => {
    expect(plainTextToHtml('<script>alert("x")</script> & \'y\'')).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;</p>',
    );
  });

  it('is empty for blank text', () => {
    expect(plainTextToHtml(' \n\n　\n')).toBe('');
  });

  it('round-trips through htmlToPlainText', () => {
    const text = '关于规范全县政务公开相关工作的通知\n各乡(镇)人民政府：\n《条例》<第5条> & 附件';
    expect(htmlToPlainText(plainTextToHtml(text))).toBe(text);
  });
});
