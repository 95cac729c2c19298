/** A 错敏词 list that cannot be read, is not JSON, or does not have the expected shape. */
export class TermListError extends Error {
  override readonly name = 'TermListError';
}
