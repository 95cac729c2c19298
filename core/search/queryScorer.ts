import type { PostingIndex } from './postingIndex';
import type { QueryNode } from './queryTree';
import { FIELD_BOOSTS, SEARCH_FIELDS } from './searchDocument';

/** Documents (slots) matching a query node, with their scores, in no particular order. */
export interface ScoredSlots {
  slots: Int32Array;
  scores: Float64Array;
  count: number;
}

/* BM25+ as Lucene and MiniSearch use it: k1 term-frequency saturation, b length normalisation,
 * d a floor for any occurrence so that long bodies are not pushed to zero. */
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;

const EMPTY: ScoredSlots = { slots: new Int32Array(0), scores: new Float64Array(0), count: 0 };

/**
 * Evaluates query trees over the posting lists: BM25+ per field, weighted by FIELD_BOOSTS and
 * summed over fields and terms. Works on dense scratch arrays indexed by slot with an epoch
 * stamp, so no per-query clearing and no objects per match: the cost of a query is the length of
 * its posting lists. One instance per index; not reentrant.
 */
export class QueryScorer {
  private stamp = new Int32Array(0);
  private marks = new Int32Array(0);
  private sums = new Float64Array(0);
  private touched = new Int32Array(0);
  private epoch = 0;
  private alive: Uint8Array = new Uint8Array(0);
  private readonly boosts = SEARCH_FIELDS.map((field) => FIELD_BOOSTS[field]);

  constructor(private readonly postings: PostingIndex) {}

  /** Matches of `node` among the slots marked 1 in `alive` (sized for every slot in use). */
  evaluate(node: QueryNode, alive: Uint8Array): ScoredSlots {
    this.alive = alive;
    if (this.stamp.length < alive.length) {
      this.stamp = new Int32Array(alive.length);
      this.marks = new Int32Array(alive.length);
      this.sums = new Float64Array(alive.length);
      this.touched = new Int32Array(alive.length);
      this.epoch = 0;
    }
    return this.node(node, null);
  }

  /**
   * Matches of a node, only among `within` when given. Every part of an `all` must match, so its
   * cheapest part (shortest posting lists) goes first and the others only score what is still
   * in: a rare word next to 人民政府 costs little more than the rare word.
   */
  private node(node: QueryNode, within: ScoredSlots | null): ScoredSlots {
    if (typeof node === 'string') return this.term(node, within);
    if ('any' in node) return this.union(node.any.map((child) => this.node(child, within)));
    const parts = [...node.all].sort((a, b) => this.cost(a) - this.cost(b));
    let result: ScoredSlots | null = null;
    for (const child of parts) {
      const part = this.node(child, result ?? within);
      result = result ? this.intersect(result, part) : part;
      if (result.count === 0) return EMPTY;
    }
    return result ?? EMPTY;
  }

  /** Postings a node reads: what ordering the parts of an `all` goes by. */
  private cost(node: QueryNode): number {
    if (typeof node === 'string') {
      let total = 0;
      for (let field = 0; field < this.boosts.length; field++) {
        total += this.postings.list(field, node)?.length ?? 0;
      }
      return total;
    }
    if ('any' in node) return node.any.reduce((sum, child) => sum + this.cost(child), 0);
    return Math.min(...node.all.map((child) => this.cost(child)));
  }

  private term(term: string, within: ScoredSlots | null): ScoredSlots {
    const mark = within ? this.mark(within) : 0;
    const epoch = this.nextEpoch();
    const { stamp, marks, sums, touched, alive } = this;
    const total = this.postings.documentCount;
    let count = 0;
    for (let field = 0; field < this.boosts.length; field++) {
      const list = this.postings.list(field, term);
      if (!list || list.live <= 0) continue;
      const idf = Math.log(1 + (total - list.live + 0.5) / (list.live + 0.5));
      const weight = this.boosts[field] * idf;
      const average = this.postings.averageLength(field) || 1;
      const lengths = this.postings.fieldLengths(field);
      const { postings, length } = list;
      for (let i = 0; i < length; i++) {
        const posting = postings[i];
        const slot = posting >>> 8;
        if (alive[slot] !== 1 || (mark !== 0 && marks[slot] !== mark)) continue;
        const tf = posting & 0xff;
        const norm = K1 * (1 - B + (B * lengths[slot]) / average);
        const score = weight * (DELTA + (tf * (K1 + 1)) / (tf + norm));
        if (stamp[slot] === epoch) {
          sums[slot] += score;
        } else {
          stamp[slot] = epoch;
          sums[slot] = score;
          touched[count++] = slot;
        }
      }
    }
    return this.collect(count);
  }

  /** Marks the slots of `set` in `marks` under a fresh epoch, and returns it. */
  private mark(set: ScoredSlots): number {
    const epoch = this.nextEpoch();
    for (let i = 0; i < set.count; i++) this.marks[set.slots[i]] = epoch;
    return epoch;
  }

  private union(parts: readonly ScoredSlots[]): ScoredSlots {
    const epoch = this.nextEpoch();
    const { stamp, sums, touched } = this;
    let count = 0;
    for (const part of parts) {
      for (let i = 0; i < part.count; i++) {
        const slot = part.slots[i];
        if (stamp[slot] === epoch) {
          sums[slot] += part.scores[i];
        } else {
          stamp[slot] = epoch;
          sums[slot] = part.scores[i];
          touched[count++] = slot;
        }
      }
    }
    return this.collect(count);
  }

  private intersect(a: ScoredSlots, b: ScoredSlots): ScoredSlots {
    const epoch = this.nextEpoch();
    const { stamp, sums, touched } = this;
    for (let i = 0; i < a.count; i++) {
      stamp[a.slots[i]] = epoch;
      sums[a.slots[i]] = a.scores[i];
    }
    let count = 0;
    for (let i = 0; i < b.count; i++) {
      const slot = b.slots[i];
      if (stamp[slot] !== epoch) continue;
      sums[slot] += b.scores[i];
      touched[count++] = slot;
    }
    return this.collect(count);
  }

  private collect(count: number): ScoredSlots {
    if (count === 0) return EMPTY;
    const slots = this.touched.slice(0, count);
    const scores = new Float64Array(count);
    for (let i = 0; i < count; i++) scores[i] = this.sums[slots[i]];
    return { slots, scores, count };
  }

  private nextEpoch(): number {
    if (this.epoch === 0x7fffffff) {
      this.stamp.fill(0);
      this.marks.fill(0);
      this.epoch = 0;
    }
    return ++this.epoch;
  }
}
