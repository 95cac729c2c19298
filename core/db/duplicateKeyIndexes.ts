import { DUPLICATE_KEY, isDuplicateKey } from './isDuplicateKey';

/** Indexes of the documents an unordered insertMany refused as duplicates; null if it failed otherwise. */
export function duplicateKeyIndexes(error: unknown): number[] | null {
  if (typeof error !== 'object' || error === null) return null;
  const writeErrors = (error as { writeErrors?: unknown }).writeErrors;
  const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
  if (list.length === 0) return isDuplicateKey(error) ? [] : null;
  const indexes: number[] = [];
  for (const e of list as {
    code?: number;
    index?: number;
    err?: { code?: number; index?: number };
  }[]) {
    const code = e.code ?? e.err?.code;
    const index = e.index ?? e.err?.index;
    if (code !== DUPLICATE_KEY || typeof index !== 'number') return null;
    indexes.push(index);
  }
  return indexes;
}
