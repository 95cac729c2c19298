import { parseTermList } from '../parseTermList';
import { TermListError } from '../TermListError';

function errorOf(json: unknown): string {
  try {
    parseTermList(json, 'list.json');
  } catch (error) {
    expect(error).toBeInstanceOf(TermListError);
    return (error as Error).message;
  }
  throw new Error('expected parseTermList to throw');
}

const ok = { term: '国家工商总局', kind: 'OUTDATED_NAME', suggestion: '国家市场监督管理总局' };

describe('parseTermList', () => {
  it('fills in defaults and freezes the list', () => {
    const list = parseTermList(
      { version: 1, terms: [ok, { term: '色情', kind: 'SENSITIVE', severity: 'WARN', note: 'n' }] },
      'list.json',
    );
    expect(list).toEqual({
      version: 1,
      source: 'list.json',
      terms: [
        {
          term: '国家工商总局',
          kind: 'OUTDATED_NAME',
          suggestion: '国家市场监督管理总局',
          note: null,
          severity: 'BLOCK',
          allowedIn: [],
        },
        {
          term: '色情',
          kind: 'SENSITIVE',
          suggestion: null,
          note: 'n',
          severity: 'WARN',
          allowedIn: [],
        },
      ],
    });
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list.terms)).toBe(true);
    expect(Object.isFrozen(list.terms[0])).toBe(true);
    expect(Object.isFrozen(list.terms[0].allowedIn)).toBe(true);
  });

  it('accepts an empty list', () => {
    expect(parseTermList({ version: 1, terms: [] }, 'list.json').terms).toEqual([]);
  });

  it.each([
    ['not an object', [], /list\.json:\n {2}\(whole file\): /],
    ['no version', { terms: [] }, /version: /],
    ['another version', { version: 2, terms: [] }, /version: /],
    ['no terms', { version: 1 }, /terms: /],
    ['an unknown top-level key', { version: 1, terms: [], extra: 1 }, /\(whole file\): .*extra/],
    [
      'an unknown kind',
      { version: 1, terms: [{ ...ok, kind: 'TYPO' }] },
      /terms\[0\] \(国家工商总局\)\.kind: /,
    ],
    ['a missing term', { version: 1, terms: [ok, { kind: 'WRONG_WORD' }] }, /terms\[1\]\.term: /],
    [
      'an empty term',
      { version: 1, terms: [{ ...ok, term: '' }] },
      /terms\[0\] \(\)\.term: must not be empty/,
    ],
    [
      'a term of spaces',
      { version: 1, terms: [{ ...ok, term: ' \u3000 ' }] },
      /terms\[0\] \( \u3000 \)\.term: is only white space/,
    ],
    [
      'a term over 50 characters',
      { version: 1, terms: [{ ...ok, term: '字'.repeat(51) }] },
      /\.term: at most 50 characters/,
    ],
    [
      'an unknown severity',
      { version: 1, terms: [{ ...ok, severity: 'ERROR' }] },
      /terms\[0\] \(国家工商总局\)\.severity: /,
    ],
    [
      'a misspelt key',
      { version: 1, terms: [{ ...ok, sugestion: 'x' }] },
      /terms\[0\] \(国家工商总局\): .*sugestion/,
    ],
    [
      'a repeated term',
      { version: 1, terms: [ok, { ...ok, term: '国家\u3000工商总局' }] },
      /terms\[1\] \(国家\u3000工商总局\)\.term: repeats terms\[0\]/,
    ],
    [
      'a suggestion holding the term',
      { version: 1, terms: [{ ...ok, suggestion: '原国家工商总局' }] },
      /\.suggestion: contains the term/,
    ],
    [
      'an allowedIn without the term',
      { version: 1, terms: [{ ...ok, allowedIn: ['工商总局'] }] },
      /terms\[0\] \(国家工商总局\)\.allowedIn\[0\]: must contain the term and more/,
    ],
    [
      'an allowedIn that is the term',
      { version: 1, terms: [{ ...ok, allowedIn: ['国家 工商总局'] }] },
      /\.allowedIn\[0\]: must contain the term and more/,
    ],
  ])('reports %s, naming the file and the entry', (_what, json, message) => {
    const text = errorOf(json);
    expect(text).toMatch(/^invalid 错敏词 list list\.json:\n/);
    expect(text).toMatch(message);
  });

  it('reports every bad entry at once', () => {
    const text = errorOf({
      version: 1,
      terms: [{ ...ok, kind: 'X' }, ok, { term: 'y', kind: 'Z' }],
    });
    expect(text.split('\n')).toEqual([
      'invalid 错敏词 list list.json:',
      expect.stringMatching(/^ {2}terms\[0\] \(国家工商总局\)\.kind: /),
      expect.stringMatching(/^ {2}terms\[2\] \(y\)\.kind: /),
    ]);
  });
});
