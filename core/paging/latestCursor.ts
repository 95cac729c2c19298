import { z } from 'zod';
import { defineCursor } from './defineCursor';

/**
 * Position in a newest-first listing: `p` is publishedAt in epoch milliseconds and `i` the
 * notice id, which breaks ties between notices published in the same millisecond.
 */
export const latestCursor = defineCursor(
  'latest',
  z.object({ p: z.number().int().nonnegative(), i: z.string().min(1).max(128) }),
);

export type LatestCursor = ReturnType<typeof latestCursor.decode>;
