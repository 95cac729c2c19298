/** What is remembered of a notice to recognise another rendering of it. */
export interface DuplicateKey {
  id: string;
  /** The 文号 normalised and simplified (遼政辦發〔2015〕13號 and 辽政办发〔2015〕13号 are one). */
  docNumber: string | null;
  /** normalizeForComparison of title and text. */
  fingerprint: { title: string; text: string } | null;
}

export interface DuplicateMatch {
  id: string;
  matchedBy: 'DOC_NUMBER' | 'TEXT';
  /** For TEXT: the share of shingles the two texts have in common (0–1). */
  similarity: number;
}

/** Characters per shingle: long enough that unrelated notices share few, short enough to survive edits. */
const SHINGLE = 5;
/** Texts at least this similar are one notice (a traditional rendering converts back almost exactly). */
const SAME_TEXT = 0.9;
/** Shorter texts are compared only when equal: a few sentences say too little. */
const MIN_TEXT = 40;

/**
 * Recognises a page that renders a notice already stored: the same 文号, or a near-identical
 * simplified text (Jaccard similarity of 5-character shingles ≥ 0.9). Candidates for the text
 * comparison are the notices with the same simplified title, or with the same opening, so a
 * comparison is made against a handful of notices, not all of them.
 */
export class DuplicateIndex {
  private readonly byDocNumber = new Map<string, string>();
  private readonly byTitle = new Map<string, DuplicateKey[]>();
  private readonly byOpening = new Map<string, DuplicateKey[]>();

  add(key: DuplicateKey): void {
    if (key.docNumber !== null && !this.byDocNumber.has(key.docNumber))
      this.byDocNumber.set(key.docNumber, key.id);
    if (key.fingerprint === null) return;
    push(this.byTitle, key.fingerprint.title, key);
    push(this.byOpening, opening(key.fingerprint.text), key);
  }

  find(candidate: Omit<DuplicateKey, 'id'>): DuplicateMatch | null {
    if (candidate.docNumber !== null) {
      const id = this.byDocNumber.get(candidate.docNumber);
      if (id !== undefined) return { id, matchedBy: 'DOC_NUMBER', similarity: 1 };
    }
    const print = candidate.fingerprint;
    if (print === null || print.text === '') return null;
    const seen = new Set<string>();
    let best: DuplicateMatch | null = null;
    for (const other of [
      ...(this.byTitle.get(print.title) ?? []),
      ...(this.byOpening.get(opening(print.text)) ?? []),
    ]) {
      if (seen.has(other.id) || other.fingerprint === null) continue;
      seen.add(other.id);
      const similarity = textSimilarity(print.text, other.fingerprint.text);
      if (similarity >= SAME_TEXT && (best === null || similarity > best.similarity))
        best = { id: other.id, matchedBy: 'TEXT', similarity };
    }
    return best;
  }
}

/** Jaccard similarity of the texts' shingle sets; short texts must be equal. */
export function textSimilarity(a: string, b: string): number {
  if (a.length < MIN_TEXT || b.length < MIN_TEXT) return a === b ? 1 : 0;
  const left = shingles(a);
  const right = shingles(b);
  let shared = 0;
  for (const s of left) if (right.has(s)) shared += 1;
  return shared / (left.size + right.size - shared);
}

function shingles(text: string): Set<string> {
  const chars = [...text];
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= chars.length; i += 1)
    set.add(chars.slice(i, i + SHINGLE).join(''));
  return set;
}

function opening(text: string): string {
  return [...text].slice(0, 30).join('');
}

function push(map: Map<string, DuplicateKey[]>, key: string, value: DuplicateKey): void {
  if (key === '') return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
