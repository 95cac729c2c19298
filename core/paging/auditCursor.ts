import { z } from 'zod';
import { defineCursor } from './defineCursor';

/** Position in a newest-first audit listing: `t` the entry time in epoch ms, `i` its id. */
export const auditCursor = defineCursor(
  'audit',
  z.object({ t: z.number().int().nonnegative(), i: z.string().min(1).max(200) }),
);

/** Position in a review queue, oldest submission first: `t` epoch ms, `i` the notice id. */
export const queueCursor = defineCursor(
  'queue',
  z.object({ t: z.number().int().nonnegative(), i: z.string().min(1).max(128) }),
);

/** Position in a site's reposts, newest first: `t` the repost time in epoch ms, `i` the repost id. */
export const repostCursor = defineCursor(
  'repost',
  z.object({ t: z.number().int().nonnegative(), i: z.string().min(1).max(200) }),
);
