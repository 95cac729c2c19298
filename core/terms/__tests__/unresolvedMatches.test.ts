import { blockingMatches } from '../blockingMatches';
import type { TermMatch } from '../checkTerms';
import type { TermOverride } from '../unresolvedMatches';
import { unresolvedMatches } from '../unresolvedMatches';

function match(term: string, severity: TermMatch['severity'], position = 0): TermMatch {
  return {
    field: 'body',
    position,
    length: term.length,
    term,
    kind: 'WRONG_WORD',
    suggestion: null,
    severity,
  };
}

const matches = [
  match('国家工商总局', 'BLOCK', 0),
  match('色情', 'WARN', 10),
  match('截止目前', 'BLOCK', 20),
  match('国家工商总局', 'BLOCK', 30),
];

describe('blockingMatches', () => {
  it('keeps the BLOCK matches, in order', () => {
    expect(blockingMatches(matches).map((m) => m.position)).toEqual([0, 20, 30]);
  });
});

describe('unresolvedMatches', () => {
  it('is every blocking match without an override', () => {
    expect(unresolvedMatches(matches, []).map((m) => m.position)).toEqual([0, 20, 30]);
  });

  it('drops every occurrence of an overridden term', () => {
    const override: TermOverride = { terms: ['国家工商总局'] };
    expect(unresolvedMatches(matches, override.terms).map((m) => m.term)).toEqual(['截止目前']);
  });

  it('is empty once every blocking term is overridden; WARN terms never block', () => {
    expect(unresolvedMatches(matches, ['国家工商总局', '截止目前'])).toEqual([]);
  });

  it('compares terms exactly as the list writes them', () => {
    expect(unresolvedMatches(matches, ['国家 工商总局', '截至目前'])).toHaveLength(3);
  });
});
