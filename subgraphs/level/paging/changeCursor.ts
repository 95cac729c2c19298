import { z } from 'zod';
import { defineCursor } from '../../../core/paging';

/** Position in a change log: the sequence number of the last entry read. */
const changeCursor = defineCursor('log', z.object({ s: z.number().int().nonnegative() }));

export function encodeChangeCursor(seq: number): string {
  return changeCursor.encode({ s: seq });
}

/** `after` of a change-log read; null or empty means from the start. */
export function decodeChangeCursor(cursor: string | null | undefined, field = 'after'): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0;
  return changeCursor.decode(cursor, field).s;
}
