import { z } from 'zod';
import { BadUserInputError } from '../errors';
import type { CursorFields } from './cursorFields';
import { MAX_CURSOR_LENGTH } from './cursorFields';

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const ENVELOPE = z.looseObject({ k: z.string() });

/**
 * Decodes a cursor made by {@link encodeCursor} for `kind`, validating its fields with `schema`.
 * Anything else (too long, not base64url JSON, another listing's cursor, fields that fail the
 * schema) is the client's mistake: BadUserInputError naming the argument `field`.
 */
export function decodeCursor<T extends CursorFields>(
  cursor: string,
  kind: string,
  schema: z.ZodType<T>,
  field = 'after',
): T {
  if (cursor.length > MAX_CURSOR_LENGTH) {
    throw new BadUserInputError(
      `${field} is not a valid cursor (longer than ${MAX_CURSOR_LENGTH} characters)`,
      field,
    );
  }
  const envelope = ENVELOPE.safeParse(readJson(cursor));
  if (!envelope.success) throw malformed(field);
  const { k, ...fields } = envelope.data;
  if (k !== kind) {
    throw new BadUserInputError(`${field} is a cursor for a different listing`, field);
  }
  const payload = schema.safeParse(fields);
  if (!payload.success) throw malformed(field);
  return payload.data;
}

/** The decoded JSON, or undefined when the text is not base64url-encoded JSON. */
function readJson(cursor: string): unknown {
  // Buffer silently skips characters outside the alphabet, so check them first.
  if (!BASE64URL.test(cursor)) return undefined;
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

function malformed(field: string): BadUserInputError {
  return new BadUserInputError(`${field} is not a valid cursor`, field);
}
