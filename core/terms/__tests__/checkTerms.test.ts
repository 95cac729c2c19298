import type { TermMatch } from '../checkTerms';
import { checkTerms } from '../checkTerms';
import { loadTermList } from '../loadTermList';
import { parseTermList } from '../parseTermList';

const shipped = loadTermList();

const list = parseTermList(
  {
    version: 1,
    terms: [
      { term: '国家工商总局', kind: 'OUTDATED_NAME', suggestion: '国家市场监督管理总局' },
      { term: '工商总局', kind: 'OUTDATED_NAME', suggestion: '市场监督管理总局' },
      { term: '截止目前', kind: 'WRONG_WORD', suggestion: '截至目前' },
      { term: '机密★', kind: 'SECRECY' },
      {
        term: '文化部',
        kind: 'OUTDATED_NAME',
        suggestion: '文化和旅游部',
        allowedIn: ['文化部门'],
      },
      { term: 'Casino', kind: 'SENSITIVE', severity: 'WARN' },
      { term: '（此件不公开）', kind: 'SECRECY' },
    ],
  },
  'test.json',
);

/** `[position, length, term]` of each match, in the order checkTerms gives them. */
function found(text: string, termList = list): [number, number, string][] {
  return checkTerms(termList, [{ field: 'body', text }]).map((m) => [m.position, m.length, m.term]);
}

describe('checkTerms: the shipped list', () => {
  it.each([
    ['SECRECY', '机密★1年\n关于做好防汛工作的通知', '机密★', null],
    ['SECRECY', '内部资料，注意保存。', '内部资料', null],
    ['OUTDATED_NAME', '根据国家工商总局有关规定', '国家工商总局', '国家市场监督管理总局'],
    ['OUTDATED_NAME', '会同国土资源部、环境保护部', '国土资源部', '自然资源部'],
    ['OUTDATED_NAME', '原中国银保监会监管', '银保监会', '国家金融监督管理总局'],
    ['WRONG_WORD', '截止目前，已完成登记', '截止目前', '截至目前'],
    ['WRONG_WORD', '请按要求按装设备', '按装', '安装'],
    ['WRONG_WORD', '要再接再励，一如继往', '再接再励', '再接再厉'],
    ['SENSITIVE', '<a>博彩</a> 六合彩开奖', '博彩', null],
  ])('finds %s: %s', (kind, text, term, suggestion) => {
    const matches = checkTerms(shipped, [{ field: 'body', text }]);
    const match = matches.find((m) => m.term === term);
    expect(match).toEqual({
      field: 'body',
      position: text.indexOf(term),
      length: term.length,
      term,
      kind,
      suggestion,
      severity: 'BLOCK',
    });
  });

  it('finds each of its terms in running text', () => {
    for (const entry of shipped.terms) {
      const text = `前文${entry.term}后文`;
      expect(checkTerms(shipped, [{ field: 'body', text }])).toContainEqual(
        expect.objectContaining({ term: entry.term, position: 2 }),
      );
    }
  });

  it('reports WARN terms with their severity', () => {
    expect(checkTerms(shipped, [{ field: 'body', text: '打击淫秽色情信息' }])).toEqual([
      expect.objectContaining({ term: '色情', kind: 'SENSITIVE', severity: 'WARN', position: 4 }),
    ]);
  });

  it('leaves correct text alone', () => {
    const text =
      '保守国家秘密，严防失泄密；保护商业机密；截至目前，全县文化部门、农业部门、监察部门和' +
      '环境保护部门渡过难关，一贯切实履行职责，按装机容量核定，内部资料性出版物依法管理。';
    expect(checkTerms(shipped, [{ field: 'body', text }])).toEqual([]);
  });
});

describe('checkTerms: matching', () => {
  it('gives UTF-16 positions in the original text', () => {
    expect(found('前言𠀀𠀀截止目前')).toEqual([[6, 4, '截止目前']]);
  });

  it('finds every occurrence, in order', () => {
    expect(found('截止目前甲截止目前乙截止目前')).toEqual([
      [0, 4, '截止目前'],
      [5, 4, '截止目前'],
      [10, 4, '截止目前'],
    ]);
  });

  it('reports overlapping terms, both, sorted by position', () => {
    expect(found('原国家工商总局')).toEqual([
      [1, 6, '国家工商总局'],
      [3, 4, '工商总局'],
    ]);
  });

  it('matches full-width and half-width forms alike, and letters in any case', () => {
    const text = '附注：(此件不公开)、（此件不公开）；ＣＡＳＩＮＯ和casino';
    expect(found(text)).toEqual([
      [3, 7, '（此件不公开）'],
      [11, 7, '（此件不公开）'],
      [19, 6, 'Casino'],
      [26, 6, 'Casino'],
    ]);
    expect(text.slice(19, 25)).toBe('ＣＡＳＩＮＯ');
  });

  it('matches terms with white space put between their characters', () => {
    expect(found('根据国家 工商总局的')).toEqual([
      [2, 7, '国家工商总局'],
      [5, 4, '工商总局'],
    ]);
    // &nbsp; turned into U+00A0, ideographic spaces, zero-width spaces, a line break
    const text = '截\u00a0止\u3000\u3000目\u200b前；国家\n工商总局';
    expect(found(text)).toEqual([
      [0, 8, '截止目前'],
      [9, 7, '国家工商总局'],
      [12, 4, '工商总局'],
    ]);
    expect(text.slice(0, 8)).toBe('截\u00a0止\u3000\u3000目\u200b前');
  });

  it('positions start at the first character, not at space before it', () => {
    expect(found('  截止目前  ')).toEqual([[2, 4, '截止目前']]);
  });

  it('leaves out an occurrence inside an allowed phrase, even spaced', () => {
    expect(found('文化部门')).toEqual([]);
    expect(found('文化 部门')).toEqual([]);
    expect(found('文化部、文化部门、文化部')).toEqual([
      [0, 3, '文化部'],
      [9, 3, '文化部'],
    ]);
  });

  it('checks the fields in order, each with its own positions', () => {
    const matches: TermMatch[] = checkTerms(list, [
      { field: 'title', text: '关于截止目前的通知' },
      { field: 'body', text: '国家工商总局' },
      { field: 'keywords', text: '' },
      { field: 'issuer', text: '截止目前' },
    ]);
    expect(matches.map((m) => [m.field, m.position, m.term])).toEqual([
      ['title', 2, '截止目前'],
      ['body', 0, '国家工商总局'],
      ['body', 2, '工商总局'],
      ['issuer', 0, '截止目前'],
    ]);
  });

  it('finds nothing with an empty list or empty text', () => {
    expect(
      checkTerms(parseTermList({ version: 1, terms: [] }, 'e'), [{ field: 'b', text: '截止目前' }]),
    ).toEqual([]);
    expect(checkTerms(list, [])).toEqual([]);
    expect(found('')).toEqual([]);
  });

  it('handles a large body in one pass (a sanity check, not a timing)', () => {
    const paragraph =
      '各乡（镇）人民政府，县政府各部门：为切实做好我县政务公开工作，现将有关事项通知如下。\n';
    const body = `${paragraph.repeat(5000)}国家 工商总局`;
    expect(body.length).toBeGreaterThan(200_000);
    expect(checkTerms(shipped, [{ field: 'body', text: body }])).toEqual([
      expect.objectContaining({ term: '国家工商总局', position: body.length - 7, length: 7 }),
    ]);
  });
});

describe('checkTerms: traditional and simplified characters', () => {
  it('finds a simplified term written in traditional characters, at its place in the text', () => {
    expect(found('根據國家工商總局有關規定')).toEqual([
      [2, 6, '国家工商总局'],
      [4, 4, '工商总局'],
    ]);
  });

  it('finds a term listed in traditional characters in simplified text', () => {
    const traditional = parseTermList(
      {
        version: 1,
        terms: [{ term: '國土資源部', kind: 'OUTDATED_NAME', suggestion: '自然资源部' }],
      },
      'tw.json',
    );
    expect(found('会同国土资源部办理', traditional)).toEqual([[2, 5, '國土資源部']]);
  });

  it('keeps allowed phrases allowed in either script', () => {
    expect(found('文化部門和文化部')).toEqual([[5, 3, '文化部']]);
  });
});
