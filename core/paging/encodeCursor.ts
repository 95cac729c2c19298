import type { CursorFields } from './cursorFields';
import { MAX_CURSOR_LENGTH } from './cursorFields';

/**
 * Encodes `{ k: kind, ...fields }` as base64url JSON. Opaque to clients so the listing can change
 * what it pages on without a schema change; not signed, because decoding validates every field
 * and a forged cursor can only move the caller within what they may already list.
 */
export function encodeCursor<T extends CursorFields>(kind: string, fields: T): string {
  const cursor = Buffer.from(JSON.stringify({ ...fields, k: kind }), 'utf8').toString('base64url');
  // A cursor we would refuse to decode is a bug in the caller's payload, not bad user input.
  if (cursor.length > MAX_CURSOR_LENGTH) {
    throw new RangeError(
      `${kind} cursor is ${cursor.length} characters, over ${MAX_CURSOR_LENGTH}`,
    );
  }
  return cursor;
}
