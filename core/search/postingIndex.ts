import { SEARCH_FIELDS } from './searchDocument';

/** Term frequencies above this count as this: BM25 saturates long before. */
export const MAX_TERM_FREQUENCY = 255;
/** Slots must fit 23 bits, so that `slot * 256 + tf` is a positive Int32. */
export const MAX_SLOT = 0x7fffff;

const FIELD_COUNT = SEARCH_FIELDS.length;
const INITIAL_LIST_CAPACITY = 4;

/**
 * The documents (slots) holding a term in one field, each packed with its term frequency as
 * `slot * 256 + tf`. In insertion order; entries of removed documents stay until
 * {@link PostingIndex.compact}.
 */
export interface PostingList {
  postings: Int32Array;
  length: number;
  /** Documents still in the index among them: the document frequency for BM25. */
  live: number;
}

/**
 * The inverted index: per field, term → posting list, and per field and slot the number of
 * tokens, which BM25 normalises by. Four bytes per posting; appending is amortised O(1), and
 * removing a document only updates the counts (the caller marks its slot dead and compacts
 * later), so a revision costs what indexing the new text costs.
 */
export class PostingIndex {
  private readonly terms: Map<string, PostingList>[] = SEARCH_FIELDS.map(() => new Map());
  private lengths: Int32Array[] = SEARCH_FIELDS.map(() => new Int32Array(1024));
  private readonly totalLength = new Float64Array(FIELD_COUNT);
  private docCount = 0;

  /** Documents in the index (for BM25's inverse document frequency). */
  get documentCount(): number {
    return this.docCount;
  }

  list(field: number, term: string): PostingList | undefined {
    return this.terms[field].get(term);
  }

  /** Tokens of `field` per slot. */
  fieldLengths(field: number): Int32Array {
    return this.lengths[field];
  }

  averageLength(field: number): number {
    return this.docCount === 0 ? 0 : this.totalLength[field] / this.docCount;
  }

  /** Indexes the tokens of a new document, one token list per field in SEARCH_FIELDS order. */
  add(slot: number, fieldTokens: readonly (readonly string[])[]): void {
    if (slot > MAX_SLOT) throw new RangeError(`the index holds at most ${MAX_SLOT + 1} documents`);
    if (slot >= this.lengths[0].length) this.growLengths(slot + 1);
    for (let field = 0; field < FIELD_COUNT; field++) {
      const tokens = fieldTokens[field];
      this.lengths[field][slot] = tokens.length;
      this.totalLength[field] += tokens.length;
      for (const [term, frequency] of countTerms(tokens)) {
        let list = this.terms[field].get(term);
        if (!list) {
          list = { postings: new Int32Array(INITIAL_LIST_CAPACITY), length: 0, live: 0 };
          this.terms[field].set(term, list);
        }
        if (list.length === list.postings.length) {
          const grown = new Int32Array(Math.ceil(list.postings.length * 1.5) + 4);
          grown.set(list.postings);
          list.postings = grown;
        }
        list.postings[list.length++] = slot * 256 + Math.min(frequency, MAX_TERM_FREQUENCY);
        list.live++;
      }
    }
    this.docCount++;
  }

  /**
   * Takes a document out of the counts, given the tokens it was added with. Its postings stay
   * until compact(); the caller must keep the slot dead (and unused) until then.
   */
  remove(slot: number, fieldTokens: readonly (readonly string[])[]): void {
    for (let field = 0; field < FIELD_COUNT; field++) {
      for (const term of new Set(fieldTokens[field])) {
        const list = this.terms[field].get(term);
        if (list) list.live--;
      }
      this.totalLength[field] -= this.lengths[field][slot];
      this.lengths[field][slot] = 0;
    }
    this.docCount--;
  }

  /** Drops the postings of dead slots, and terms no document has any more. */
  compact(alive: Uint8Array): void {
    for (const terms of this.terms) {
      for (const [term, list] of terms) {
        let kept = 0;
        for (let i = 0; i < list.length; i++) {
          const posting = list.postings[i];
          if (alive[posting >>> 8] === 1) list.postings[kept++] = posting;
        }
        list.length = kept;
        if (kept === 0) terms.delete(term);
        else if (list.postings.length > 2 * kept + INITIAL_LIST_CAPACITY) {
          list.postings = list.postings.slice(0, kept + INITIAL_LIST_CAPACITY);
        }
      }
    }
  }

  private growLengths(needed: number): void {
    let capacity = this.lengths[0].length;
    while (capacity < needed) capacity *= 2;
    this.lengths = this.lengths.map((old) => {
      const grown = new Int32Array(capacity);
      grown.set(old);
      return grown;
    });
  }
}

function countTerms(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}
