/**
 * Outcome of parsing text typed or crawled by people. Not an exception: importers
 * keep going and record the reason, and the API turns it into a BadUserInputError.
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };
