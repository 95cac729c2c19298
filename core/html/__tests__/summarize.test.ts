import { summarize } from '../summarize';

/** Length in code points, the unit summarize counts in. */
function length(text: string): number {
  return Array.from(text).length;
}

describe('summarize', () => {
  it('returns short text whole, paragraphs run together', () => {
    expect(summarize('<p>各镇政府：</p><p>现将有关事项通知如下。</p>')).toBe(
      '各镇政府：现将有关事项通知如下。',
    );
  });

  it('puts a space between paragraphs only where Latin words would otherwise merge', () => {
    expect(summarize('<p>Faku</p><p>County</p><p>法库</p>')).toBe('Faku County法库');
  });

  it('cuts after the last whole sentence that fits, with an ellipsis', () => {
    const html =
      '<p>第一句话说明背景情况。第二句话提出工作要求！第三句话很长很长很长很长很长很长很长很长。</p>';
    const summary = summarize(html, 30);
    expect(summary).toBe('第一句话说明背景情况。第二句话提出工作要求！…');
    expect(length(summary)).toBeLessThanOrEqual(30);
  });

  it('cuts at the last clause break when the first sentence is too long', () => {
    // Opening of the Faku county fixture page.
    const html =
      '<p>政府重大政策信息内容建设是密切联系人民群众的重要桥梁，也是信息公开、回应关切、提供服务的重要载体。</p>';
    const summary = summarize(html, 40);
    expect(summary).toBe(
      '政府重大政策信息内容建设是密切联系人民群众的重要桥梁，也是信息公开、回应关切…',
    );
    expect(length(summary)).toBeLessThanOrEqual(40);
  });

  it('ignores a break so early it would leave a stub', () => {
    const html = '<p>通知：' + '这是一段没有任何标点符号的很长的文字'.repeat(5) + '</p>';
    const summary = summarize(html, 30);
    expect(length(summary)).toBe(30);
    expect(summary.endsWith('…')).toBe(true);
    expect(summary.startsWith('通知：这是')).toBe(true);
  });

  it('cuts mid-text when there is no punctuation at all', () => {
    expect(summarize(`<p>${'字'.repeat(200)}</p>`)).toBe(`${'字'.repeat(119)}…`);
  });

  it('never splits a character outside the BMP', () => {
    const summary = summarize(`<p>${'𠀀'.repeat(10)}</p>`, 5);
    expect(summary).toBe('𠀀𠀀𠀀𠀀…');
  });

  it('summarises the visible text only', () => {
    expect(summarize('<div style="display:none">博彩网站</div><p>正文。</p>')).toBe('正文。');
  });

  it('is empty for an empty body', () => {
    expect(summarize('')).toBe('');
  });

  it('refuses a budget that cannot hold a character and the ellipsis', () => {
    expect(() => summarize('<p>x</p>', 1)).toThrow(RangeError);
    expect(() => summarize('<p>x</p>', 2.5)).toThrow(RangeError);
  });
});
