/**
 * An Aho–Corasick automaton over UTF-16 units: finds every occurrence of every pattern, overlapping
 * ones included, in one pass over the text. The caller feeds units one at a time (`next`), so it
 * can skip or fold units on the way without building a folded copy of the text.
 */
export class AhoCorasick {
  /** Length in UTF-16 units of each pattern, by index. */
  readonly patternLengths: readonly number[];
  /** The length of the longest pattern (0 without patterns). */
  readonly longest: number;
  private readonly edges: Map<number, number>[] = [new Map()];
  /* The start state's edges as a table: most units of a text lead nowhere, and fast. */
  private readonly rootEdges = new Int32Array(0x10000);
  private readonly fail: number[] = [0];
  private readonly ending: number[][] = [[]];

  constructor(patterns: readonly string[]) {
    this.patternLengths = patterns.map((pattern) => pattern.length);
    this.longest = Math.max(0, ...this.patternLengths);
    patterns.forEach((pattern, index) => {
      if (pattern.length === 0) throw new Error(`pattern ${index} is empty`);
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        let next = this.edges[state].get(code);
        if (next === undefined) {
          next = this.edges.length;
          this.edges.push(new Map());
          this.fail.push(0);
          this.ending.push([]);
          this.edges[state].set(code, next);
        }
        state = next;
      }
      this.ending[state].push(index);
    });
    for (const [code, next] of this.edges[0]) this.rootEdges[code] = next;
    this.linkFailures();
  }

  /** The state after reading `code` in `state`; the start state is 0. */
  next(state: number, code: number): number {
    while (state !== 0) {
      const next = this.edges[state].get(code);
      if (next !== undefined) return next;
      state = this.fail[state];
    }
    return this.rootEdges[code & 0xffff];
  }

  /** The patterns (by index) that end at the unit that led to `state`. */
  endingAt(state: number): readonly number[] {
    return this.ending[state];
  }

  /* Breadth first, so a state's failure target is complete before the state itself is linked. */
  private linkFailures(): void {
    const queue: number[] = [...this.edges[0].values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (const [code, child] of this.edges[state]) {
        this.fail[child] = state === 0 ? 0 : this.next(this.fail[state], code);
        this.ending[child].push(...this.ending[this.fail[child]]);
        queue.push(child);
      }
    }
  }
}
