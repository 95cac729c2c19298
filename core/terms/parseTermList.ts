import { z } from 'zod';
import { foldTerm } from './foldTermCode';
import type { TermEntry, TermList } from './termList';
import { TERM_KINDS, TERM_SEVERITIES } from './termList';
import { TermListError } from './TermListError';

const entrySchema = z
  .object({
    term: z.string().min(1, 'must not be empty').max(50, 'at most 50 characters'),
    kind: z.enum(TERM_KINDS),
    suggestion: z.string().trim().min(1, 'must not be empty').max(100).optional(),
    note: z.string().max(500).optional(),
    severity: z.enum(TERM_SEVERITIES).optional(),
    allowedIn: z.array(z.string().min(1, 'must not be empty').max(100)).max(50).optional(),
  })
  .strict();

const listSchema = z
  .object({
    version: z.literal(1),
    terms: z.array(entrySchema),
  })
  .strict()
  .superRefine((list, ctx) => {
    const seen = new Map<string, number>();
    list.terms.forEach((entry, index) => {
      const folded = foldTerm(entry.term);
      const issue = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path: ['terms', index, ...path], message });
      if (folded === '') {
        issue(['term'], 'is only white space');
        return;
      }
      const first = seen.get(folded);
      if (first !== undefined) {
        issue(['term'], `repeats terms[${first}] (spaces, full-width forms and case aside)`);
      } else {
        seen.set(folded, index);
      }
      if (entry.suggestion !== undefined && foldTerm(entry.suggestion).includes(folded)) {
        issue(['suggestion'], 'contains the term, so following it would still be flagged');
      }
      entry.allowedIn?.forEach((phrase, k) => {
        const foldedPhrase = foldTerm(phrase);
        if (foldedPhrase === folded || !foldedPhrase.includes(folded)) {
          issue(['allowedIn', k], 'must contain the term and more');
        }
      });
    });
  });

/**
 * Validates the parsed JSON of a 错敏词 list: `{ "version": 1, "terms": [{ "term", "kind",
 * "suggestion"?, "note"?, "severity"? ("BLOCK" by default), "allowedIn"? }] }`. A TermListError
 * names `source` and each bad entry by index and term. The result is frozen.
 */
export function parseTermList(json: unknown, source: string): TermList {
  const parsed = listSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${describePath(json, issue.path)}: ${issue.message}`,
    );
    throw new TermListError(`invalid 错敏词 list ${source}:\n${lines.join('\n')}`);
  }
  const terms = parsed.data.terms.map(
    (entry): TermEntry =>
      Object.freeze({
        term: entry.term,
        kind: entry.kind,
        suggestion: entry.suggestion ?? null,
        note: entry.note ?? null,
        severity: entry.severity ?? 'BLOCK',
        allowedIn: Object.freeze([...(entry.allowedIn ?? [])]),
      }),
  );
  return Object.freeze({ version: 1, source, terms: Object.freeze(terms) });
}

/** `terms[3] (国家工商总局).kind`: the entry named by its index and, when it has one, its term. */
function describePath(json: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(whole file)';
  const parts = path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`));
  let text = parts.join('').replace(/^\./, '');
  const [first, index] = path;
  if (first === 'terms' && typeof index === 'number') {
    const term = termAt(json, index);
    if (term !== null) {
      const entry = `terms[${index}]`;
      text = `${entry} (${term})${text.slice(entry.length)}`;
    }
  }
  return text;
}

function termAt(json: unknown, index: number): string | null {
  if (typeof json !== 'object' || json === null || !('terms' in json)) return null;
  const terms: unknown = json.terms;
  if (!Array.isArray(terms)) return null;
  const entry: unknown = terms[index];
  if (typeof entry !== 'object' || entry === null || !('term' in entry)) return null;
  return typeof entry.term === 'string' ? entry.term : null;
}
