import { z } from 'zod';
import { LEVELS } from '../../core/levels';
import type { SiteDoc } from '../../core/model';
import { COLUMN_KINDS, SITE_KINDS } from '../../core/model';
import { DemoDataError } from './demoDataError';
import { describeZodError } from './describeZodError';
import { directoryProblems } from './directoryProblems';

const columnSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_-]{0,31}$/, 'expected a short lower-case column id such as zcwj'),
    name: z.string().trim().min(1).max(40),
    kind: z.enum(COLUMN_KINDS),
  })
  .strict();

/** One site of `data/demo/sites.json`: the SiteDoc shape of core/model/site.ts. */
export const siteSchema = z
  .object({
    _id: z
      .string()
      .regex(/^\d{10}(-\d{3})?$/, 'expected a 网站标识码 (10 digits) or <portal code>-<3 digits>'),
    code: z.string().regex(/^\d{10}$/, 'expected a 10-digit 网站标识码'),
    name: z.string().trim().min(1).max(100),
    level: z.enum(LEVELS),
    kind: z.enum(SITE_KINDS),
    regionCode: z.string().regex(/^\d{6}$/, 'expected a 6-digit 行政区划代码'),
    parentId: z.string().min(1).nullable(),
    url: z.url({ protocol: /^https?$/ }),
    reviewSteps: z.union([z.literal(2), z.literal(3)]).optional(),
    columns: z.array(columnSchema).min(1),
  })
  .strict();

export const sitesFileSchema = z.array(siteSchema).min(1);

/**
 * Validates the parsed JSON of the site directory: every site's shape, then the directory as a
 * whole (unique ids, portals under the portal one level up, sub-sites under their portal, codes
 * and region codes that agree). A DemoDataError names the file and the field.
 */
export function parseDemoSitesFile(data: unknown, file: string): SiteDoc[] {
  const parsed = sitesFileSchema.safeParse(data);
  if (!parsed.success) throw new DemoDataError(describeZodError(file, parsed.error));
  const sites: SiteDoc[] = parsed.data;
  const problems = directoryProblems(sites);
  if (problems.length > 0) {
    throw new DemoDataError(
      `invalid demo data file ${file}:\n${problems.map((p) => `  ${file}: ${p}`).join('\n')}`,
    );
  }
  return sites;
}
