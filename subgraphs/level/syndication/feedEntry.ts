import { z } from 'zod';
import { LEVELS } from '../../../core/levels';
import { NOTICE_KINDS, NOTICE_STATUSES, VALIDITIES } from '../../../core/model';
import { changeEntrySchema, isoDate } from '../catalog/changeEntrySchema';

const text = (max: number) => z.string().max(max);

/** The original notice as the worker copies it, checked field by field. */
export const originalNoticeSchema = z.object({
  id: z.string().min(1).max(100),
  level: z.enum(LEVELS),
  site: z.object({ id: z.string().min(1).max(64) }),
  column: z.object({ id: z.string() }).nullable(),
  kind: z.enum(NOTICE_KINDS),
  title: text(500).min(1),
  docNumber: z
    .object({
      raw: text(100),
      issuerCode: text(100),
      year: z.number().int(),
      serial: z.number().int(),
      normalized: text(100),
    })
    .nullable(),
  indexNumber: text(100).nullable(),
  issuer: text(200).nullable(),
  category: text(200).nullable(),
  topics: z.array(text(100)).max(100),
  validity: z.enum(VALIDITIES),
  signedAt: isoDate.nullable(),
  publishedAt: isoDate.nullable(),
  url: text(2000).nullable(),
  body: text(2_000_000).nullable(),
  summary: text(5000).nullable(),
  version: z.number().int().min(1),
  status: z.enum(NOTICE_STATUSES),
  interpretationOf: z.object({ id: z.string() }).nullable(),
  mandate: z
    .object({
      levels: z.array(z.enum(LEVELS)),
      regionCode: z.string().nullable(),
      deadlineHours: z.number().int(),
    })
    .nullable(),
  repeal: z.object({ reason: z.string(), repealingDocument: z.string() }).nullable(),
});

export type OriginalNotice = z.infer<typeof originalNoticeSchema>;

export const feedEntrySchema = changeEntrySchema.extend({ notice: z.unknown() });

/** One change of a notice with the notice as it is now (null: not public any more). */
export interface FeedEntry extends Omit<z.infer<typeof feedEntrySchema>, 'notice'> {
  notice: OriginalNotice | null;
  /** Set when the notice came back malformed: the entry is poison and is recorded as FAILED. */
  problem: string | null;
}

/** The selection the worker asks the gateway for. */
export const ORIGINAL_NOTICE_SELECTION = `id level site { id } column { id } kind title
  docNumber { raw issuerCode year serial normalized } indexNumber issuer category topics validity
  signedAt publishedAt url body summary version status interpretationOf { id }
  mandate { levels regionCode deadlineHours } repeal { reason repealingDocument }`;
