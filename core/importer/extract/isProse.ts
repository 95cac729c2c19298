const SENTENCE_END = /。|[!?](?![\w=&/])/;
const CLAUSE = /[,;]/;
const HAN = /\p{Script=Han}/gu;
/** Footer lines run to thirty-odd characters; a sentence with clauses is longer. */
const MIN_CLAUSED_HAN = 40;

/**
 * Whether normalized block text reads like a sentence of running text: it ends a sentence
 * somewhere, or it is long and has clauses. Chrome is menus, labels and numbers; a block that
 * is prose is never taken out on a phrase alone.
 */
export function isProse(norm: string): boolean {
  if (SENTENCE_END.test(norm)) return true;
  return CLAUSE.test(norm) && (norm.match(HAN) ?? []).length >= MIN_CLAUSED_HAN;
}
