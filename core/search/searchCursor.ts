import { z } from 'zod';
import { defineCursor } from '../paging/defineCursor';

const id = z.string().min(1).max(200);
/** publishedAt in epoch ms; null for a notice without one (sorted last). */
const published = z.number().int().nullable();

/** Position in relevance order: `s` the score, then `p` publishedAt and `i` the id. */
export const relevanceCursor = defineCursor(
  'search',
  z.object({ s: z.number(), p: published, i: id }),
);

/** Position in date order: `p` publishedAt, then `i` the id. */
export const dateCursor = defineCursor('searchByDate', z.object({ p: published, i: id }));
