import { z } from 'zod';
import { parseDocNumber } from '../../core/docnumber';
import { LEVELS } from '../../core/levels';
import { DISCLOSURES, NOTICE_KINDS, VALIDITIES } from '../../core/model';
import { parseIndexNumber } from '../../core/text';
import { parseChinaDay } from './chinaTime';
import { DemoDataError } from './demoDataError';
import { describeZodError } from './describeZodError';

const day = z
  .string()
  .refine(
    (text) => parseChinaDay(text) !== null,
    'expected a calendar date YYYY-MM-DD (China time)',
  );
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** The longest 下行 deadline a demo mandate may set: 30 days. */
export const MAX_MANDATE_DEADLINE_HOURS = 720;

/**
 * A 下行 mandate (core/model/syndication.ts `Mandate`): sites of `levels` (lower than the
 * notice's; checked against the directory when loaded) inside `regionCode` (2, 4 or 6 digits;
 * null for the publisher's own region) must repost within `deadlineHours` of publication.
 */
export const mandateSchema = z
  .object({
    levels: z
      .array(z.enum(LEVELS))
      .min(1, 'name at least one level')
      .refine((levels) => new Set(levels).size === levels.length, 'a level is listed twice'),
    regionCode: z
      .string()
      .regex(/^\d{2}(\d{2}(\d{2})?)?$/, 'expected a 行政区划代码 prefix of 2, 4 or 6 digits')
      .nullable(),
    deadlineHours: z.number().int('expected whole hours').min(1).max(MAX_MANDATE_DEADLINE_HOURS),
  })
  .strict();

/**
 * A notice of the demo cluster, as stored in `data/demo/notices/*.json`. Dates are calendar days
 * in China (`2020-04-17`); the body is plain text, one paragraph per entry, turned into sanitised
 * HTML when seeded. Notices cleaned from a crawled page name it in `source.page`
 * (`test/fixtures/pages/`). An optional `mandate` requires lower levels to repost it.
 */
export const demoNoticeFileSchema = z
  .object({
    source: z
      .object({
        page: z.string().regex(/^[a-z0-9-]+\.txt$/, 'expected a file name in test/fixtures/pages'),
        note: z.string().optional(),
      })
      .strict()
      .nullable(),
    siteId: text(40),
    columnId: text(40).nullable(),
    kind: z.enum(NOTICE_KINDS),
    /** Demo files hold published notices and drafts; other states come from the API. */
    status: z.enum(['PUBLISHED', 'DRAFT']),
    title: text(300),
    docNumber: z
      .string()
      .nullable()
      .superRefine((raw, ctx) => {
        if (raw === null) return;
        const parsed = parseDocNumber(raw);
        if (!parsed.ok)
          ctx.addIssue({ code: 'custom', message: `malformed 文号: ${parsed.reason}` });
      }),
    indexNumber: z
      .string()
      .nullable()
      .superRefine((raw, ctx) => {
        if (raw === null) return;
        const parsed = parseIndexNumber(raw);
        if (!parsed.ok)
          ctx.addIssue({ code: 'custom', message: `malformed 索引号: ${parsed.reason}` });
      }),
    issuer: text(200).nullable(),
    category: text(200).nullable(),
    topics: z.array(text(60)).max(30),
    keywords: z.array(text(60)).max(30),
    disclosure: z.enum(DISCLOSURES),
    validity: z.enum(VALIDITIES),
    signedAt: day.nullable(),
    publishedAt: day.nullable(),
    url: z.url({ protocol: /^https?$/ }).nullable(),
    body: z.array(text(100_000)).min(1, 'needs at least one paragraph'),
    /** Optional 下行 mandate; absent or null for none. */
    mandate: mandateSchema.nullable().optional(),
  })
  .strict()
  .superRefine((notice, ctx) => {
    if (notice.status === 'PUBLISHED' && notice.publishedAt === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['publishedAt'],
        message: 'a published notice needs publishedAt',
      });
    }
    if (notice.status === 'DRAFT' && notice.publishedAt !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['publishedAt'],
        message: 'a draft has no publishedAt',
      });
    }
  });

export type DemoNoticeFile = z.infer<typeof demoNoticeFileSchema>;

/** Validates the parsed JSON of one demo notice file; a DemoDataError names the file and field. */
export function parseDemoNoticeFile(data: unknown, file: string): DemoNoticeFile {
  const parsed = demoNoticeFileSchema.safeParse(data);
  if (!parsed.success) throw new DemoDataError(describeZodError(file, parsed.error));
  return parsed.data;
}
