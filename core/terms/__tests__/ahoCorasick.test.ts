import { AhoCorasick } from '../ahoCorasick';

/** Every (pattern, end) pair the automaton reports, fed the text unit by unit. */
function scan(automaton: AhoCorasick, text: string): string[] {
  const found: string[] = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    state = automaton.next(state, text.charCodeAt(i));
    for (const pattern of automaton.endingAt(state)) found.push(`${pattern}@${i + 1}`);
  }
  return found.sort();
}

function naive(patterns: readonly string[], text: string): string[] {
  const found: string[] = [];
  patterns.forEach((pattern, index) => {
    for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
      found.push(`${index}@${at + pattern.length}`);
    }
  });
  return found.sort();
}

describe('AhoCorasick', () => {
  it('finds overlapping and nested patterns, and repeated ones', () => {
    const patterns = ['he', 'she', 'his', 'hers', 'she'];
    expect(scan(new AhoCorasick(patterns), 'ushers')).toEqual(['0@4', '1@4', '3@6', '4@4']);
  });

  it('works on Chinese text and surrogate pairs', () => {
    const patterns = ['工商总局', '国家工商总局', '𠀀字'];
    const text = '原国家工商总局和𠀀字';
    expect(scan(new AhoCorasick(patterns), text)).toEqual(naive(patterns, text));
  });

  it('agrees with a naive search on random text', () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const word = (max: number) =>
      Array.from({ length: 1 + random(max) }, () => 'abc'[random(3)]).join('');
    for (let round = 0; round < 200; round++) {
      const patterns = Array.from({ length: 1 + random(8) }, () => word(4));
      const text = word(60);
      expect(scan(new AhoCorasick(patterns), text)).toEqual(naive(patterns, text));
    }
  });

  it('knows its pattern lengths and refuses empty patterns', () => {
    const automaton = new AhoCorasick(['ab', 'abcd']);
    expect(automaton.patternLengths).toEqual([2, 4]);
    expect(automaton.longest).toBe(4);
    expect(new AhoCorasick([]).longest).toBe(0);
    expect(() => new AhoCorasick(['a', ''])).toThrow('pattern 1 is empty');
  });
});
