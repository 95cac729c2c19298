/** MongoDB's (and FerretDB's) duplicate-key error code. */
export const DUPLICATE_KEY = 11000;

/** True for a duplicate-key error of a single write. */
export function isDuplicateKey(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'code' in error && error.code === DUPLICATE_KEY
  );
}
