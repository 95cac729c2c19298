const MAX_REMOVAL_TEXT = 200;

/** A removed text as the import report keeps it: at most 200 characters. */
export function shorten(text: string): string {
  return text.length <= MAX_REMOVAL_TEXT ? text : `${text.slice(0, MAX_REMOVAL_TEXT - 1)}…`;
}
