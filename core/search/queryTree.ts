import type { ParsedQuery } from './parseSearchQuery';

/** A term, or a combination in which every (`all`) or any (`any`) part must match. */
export type QueryNode = string | { all: QueryNode[] } | { any: QueryNode[] };

/**
 * Every 文号 token and every word must match; a long word matches as itself or as all of its
 * parts (see parseSearchQuery).
 */
export function buildQueryTree(parsed: ParsedQuery): QueryNode {
  const words = parsed.words.map(
    ({ word, parts }): QueryNode => (parts.length === 0 ? word : { any: [word, { all: parts }] }),
  );
  return { all: [...parsed.docNumbers, ...words] };
}

/** Every term of a query, each once: what highlighting marks. */
export function queryTerms(node: QueryNode): string[] {
  const terms = new Set<string>();
  const visit = (part: QueryNode): void => {
    if (typeof part === 'string') terms.add(part);
    else for (const child of 'all' in part ? part.all : part.any) visit(child);
  };
  visit(node);
  return [...terms];
}
