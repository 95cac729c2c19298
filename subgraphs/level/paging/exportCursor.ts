import { z } from 'zod';
import { defineCursor } from '../../../core/paging';
import type { NoticeExportPosition } from '../repositories/noticeExport';

/** Position in the compacted change log: the last notice id served and how many came before. */
const exportCursor = defineCursor(
  'export',
  z.object({ i: z.string().min(1).max(100), n: z.number().int().nonnegative() }),
);

export function encodeExportCursor(position: NoticeExportPosition): string | null {
  return position.afterId === null
    ? null
    : exportCursor.encode({ i: position.afterId, n: position.served });
}

/** `after` of a compacted read; null or empty means from the start. */
export function decodeExportCursor(
  cursor: string | null | undefined,
  field = 'after',
): NoticeExportPosition {
  if (cursor === null || cursor === undefined || cursor === '') return { afterId: null, served: 0 };
  const { i, n } = exportCursor.decode(cursor, field);
  return { afterId: i, served: n };
}
