import { findTermHits } from './findTermHits';
import type { TermKind, TermList, TermSeverity } from './termList';

/** A text to check, named by the field it comes from (`title`, `body`, …). */
export interface TermField {
  field: string;
  text: string;
}

/** One occurrence of a listed term in one field. */
export interface TermMatch {
  field: string;
  /** UTF-16 offset of the occurrence in that field's text, as given. */
  position: number;
  /**
   * UTF-16 length of the occurrence in that text: more than the term's own length when spaces
   * were put between its characters.
   */
  length: number;
  /** The term as written in the list (what an override names). */
  term: string;
  kind: TermKind;
  suggestion: string | null;
  severity: TermSeverity;
}

/**
 * The pre-publication check (保密审查, 错敏词): every occurrence of every term of the list in every
 * field, sorted by field order, then position. Full-width and half-width forms match alike, and
 * so do terms with white space between their characters.
 */
export function checkTerms(list: TermList, fields: readonly TermField[]): TermMatch[] {
  const matches: TermMatch[] = [];
  for (const { field, text } of fields) {
    for (const hit of findTermHits(list, text)) {
      const entry = list.terms[hit.entry];
      matches.push({
        field,
        position: hit.start,
        length: hit.end - hit.start,
        term: entry.term,
        kind: entry.kind,
        suggestion: entry.suggestion,
        severity: entry.severity,
      });
    }
  }
  return matches;
}
