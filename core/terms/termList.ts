/**
 * What a term is about. SECRECY: a secrecy marking that must never be published. OUTDATED_NAME:
 * an institution renamed or abolished by a reform. WRONG_WORD: a common miswriting. SENSITIVE:
 * wording no government site carries (also what injected spam is made of).
 */
export const TERM_KINDS = ['SECRECY', 'OUTDATED_NAME', 'WRONG_WORD', 'SENSITIVE'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/** BLOCK stops publication until fixed or overridden; WARN is shown to the reviewer only. */
export const TERM_SEVERITIES = ['BLOCK', 'WARN'] as const;
export type TermSeverity = (typeof TERM_SEVERITIES)[number];

/** One entry of a 错敏词 list, as validated by `parseTermList`. */
export interface TermEntry {
  readonly term: string;
  readonly kind: TermKind;
  /** The correct wording, when there is one. */
  readonly suggestion: string | null;
  readonly note: string | null;
  readonly severity: TermSeverity;
  /**
   * Longer phrases that contain the term and are correct (文化部门 for 文化部): an occurrence
   * inside one of them is not reported.
   */
  readonly allowedIn: readonly string[];
}

/** A validated, frozen 错敏词 list. `source` names the file it came from, for messages. */
export interface TermList {
  readonly version: 1;
  readonly source: string;
  readonly terms: readonly TermEntry[];
}
