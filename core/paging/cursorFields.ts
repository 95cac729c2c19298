/**
 * What a cursor carries besides its kind: a small JSON object with short keys (cursors travel in
 * URLs and query variables). `k` is reserved for the kind tag that {@link encodeCursor} adds.
 */
export type CursorFields = object & { k?: never };

/** Cursors longer than this are rejected unread: a bound on what a client can make us parse. */
export const MAX_CURSOR_LENGTH = 512;
