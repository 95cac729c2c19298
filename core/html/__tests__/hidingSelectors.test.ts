import { hidingSelectors } from '../hidingSelectors';

describe('hidingSelectors', () => {
  const hidden = hidingSelectors([
    '.a1{display:none} #spam { visibility: hidden } div.box.links{position:absolute;left:-9999px}',
    'marquee{font-size:0} .shown{color:red} .box a{display:none} @media print{.noprint{display:none}}',
    'this is { not css',
  ]);

  it.each([
    ['div', { class: 'a1' }],
    ['span', { class: 'x a1 y' }],
    ['p', { id: 'spam' }],
    ['div', { class: 'links box' }],
    ['marquee', {}],
  ])('matches <%s %j>', (tag, attribs) => {
    expect(hidden(tag, attribs)).toBe(true);
  });

  it.each([
    ['div', {}],
    ['div', { class: 'a10' }],
    ['div', { class: 'shown' }],
    ['span', { class: 'box links' }],
    ['div', { class: 'box' }],
    ['a', {}],
    ['div', { class: 'noprint' }],
    ['div', { id: 'spam2' }],
  ])('does not match <%s %j>', (tag, attribs) => {
    expect(hidden(tag, attribs)).toBe(false);
  });

  it('matches nothing without stylesheets', () => {
    expect(hidingSelectors([])('div', { class: 'a1' })).toBe(false);
  });
});
