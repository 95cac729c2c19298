/*
 * Years a government document number can carry: nothing these sites publish predates the
 * founding of the PRC, and the upper bound catches typos such as 2913 without needing a
 * clock (a parser that depends on today's date gives different answers in tests and imports).
 */
export const MIN_DOCUMENT_YEAR = 1949;
export const MAX_DOCUMENT_YEAR = 2100;

/** Reason a four-digit year is unusable, or null when it is in range. */
export function documentYearProblem(year: number): string | null {
  if (year < MIN_DOCUMENT_YEAR || year > MAX_DOCUMENT_YEAR) {
    return `year ${year} is outside ${MIN_DOCUMENT_YEAR}..${MAX_DOCUMENT_YEAR}`;
  }
  return null;
}
