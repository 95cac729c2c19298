import type { z } from 'zod';
import type { CursorFields } from './cursorFields';
import { decodeCursor } from './decodeCursor';
import { encodeCursor } from './encodeCursor';

/** A typed encode/decode pair for one kind of cursor. */
export interface CursorCodec<T extends CursorFields> {
  readonly kind: string;
  encode(fields: T): string;
  /** Throws BadUserInputError naming `field` (default `after`) for a cursor it cannot use. */
  decode(cursor: string, field?: string): T;
}

/**
 * Defines a cursor kind once, so the listing that issues a cursor and the resolver that reads
 * it cannot disagree on tag or fields. Encoding validates too: a NaN or empty id in a cursor
 * is a bug better caught where it is made than when the client sends it back.
 */
export function defineCursor<T extends CursorFields>(
  kind: string,
  schema: z.ZodType<T>,
): CursorCodec<T> {
  return {
    kind,
    encode: (fields) => encodeCursor(kind, schema.parse(fields)),
    decode: (cursor, field = 'after') => decodeCursor(cursor, kind, schema, field),
  };
}
