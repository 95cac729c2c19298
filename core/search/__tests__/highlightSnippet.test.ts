import { highlightSnippet } from '../highlightSnippet';

describe('highlightSnippet', () => {
  it('marks every occurrence and escapes the rest for HTML', () => {
    expect(highlightSnippet('<b>安全生产</b> & "安全生产月"', ['安全生产'])).toBe(
      '&lt;b&gt;<em>安全生产</em>&lt;/b&gt; &amp; &quot;<em>安全生产</em>月&quot;',
    );
  });

  it('escapes what it marks', () => {
    expect(highlightSnippet('a<b', ['a<b'])).toBe('<em>a&lt;b</em>');
  });

  it('marks traditional text for a simplified term, as written', () => {
    expect(highlightSnippet('加強政府網站建設', ['网站'])).toBe('加強政府<em>網站</em>建設');
  });

  it('marks a 文号 in any form for its token', () => {
    expect(
      highlightSnippet('根据《通知》(遼政辦發(2015)13號)要求', ['dn:辽政办发〔2015〕13号']),
    ).toBe('根据《通知》(<em>遼政辦發(2015)13號</em>)要求');
  });

  it('prefers the longer of two terms that start together', () => {
    expect(highlightSnippet('县政府办公室', ['办公', '办公室', '公室'])).toBe(
      '县政府<em>办公室</em>',
    );
  });

  it('cuts about 80 characters around the first match, with ellipses', () => {
    const text = `${'前'.repeat(100)}秸秆禁烧${'后'.repeat(100)}`;
    const snippet = highlightSnippet(text, ['秸秆']);
    expect(snippet).toBe(`…${'前'.repeat(20)}<em>秸秆</em>禁烧${'后'.repeat(56)}…`);
  });

  it('keeps the whole text when it is short and the first match near the end', () => {
    const text = `${'前'.repeat(90)}秸秆`;
    expect(highlightSnippet(text, ['秸秆'])).toBe(`…${'前'.repeat(78)}<em>秸秆</em>`);
  });

  it('writes runs of white space as one space', () => {
    expect(highlightSnippet('第一段\n\n  第二段 防汛', ['防汛'])).toBe(
      '第一段 第二段 <em>防汛</em>',
    );
  });

  it('is null when no term occurs', () => {
    expect(highlightSnippet('春耕生产', ['防汛'])).toBeNull();
  });
});
