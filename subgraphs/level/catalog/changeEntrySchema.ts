import { z } from 'zod';
import { LEVELS } from '../../../core/levels';
import { CHANGE_TYPES, NOTICE_KINDS, NOTICE_STATUSES, VALIDITIES } from '../../../core/model';

/** An ISO date-time in a GraphQL response, as a Date. */
export const isoDate = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

/** A change-log snapshot as `<level>Changes` returns it. */
export const snapshotSchema = z.object({
  siteId: z.string(),
  columnId: z.string().nullable(),
  kind: z.enum(NOTICE_KINDS),
  title: z.string(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  category: z.string().nullable(),
  topics: z.array(z.string()),
  status: z.enum(NOTICE_STATUSES),
  validity: z.enum(VALIDITIES),
  signedAt: isoDate.nullable(),
  publishedAt: isoDate.nullable(),
  updatedAt: isoDate,
  // Selected by the catalog only (SNAPSHOT_CATALOG_SELECTION): search and feeds.
  indexNumber: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  summary: z.string().optional(),
  text: z.string().optional(),
});

/** The selection that matches snapshotSchema. */
export const SNAPSHOT_SELECTION =
  'siteId columnId kind title docNumber issuer category topics status validity signedAt publishedAt updatedAt';

/** What the province catalog reads on top: the text search and feeds need. */
export const SNAPSHOT_CATALOG_SELECTION = `${SNAPSHOT_SELECTION} indexNumber url summary text`;

/** A change-log entry as `<level>Changes` returns it (readers add their own extra fields). */
export const changeEntrySchema = z.object({
  noticeId: z.string(),
  level: z.enum(LEVELS),
  type: z.enum(CHANGE_TYPES),
  version: z.number().int(),
  at: isoDate,
  snapshot: snapshotSchema,
});
