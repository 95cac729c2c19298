import { parseDocNumber } from '../../core/docnumber';
import type { DocNumberDoc } from '../../core/model';
import { chinaDateParts, compactChinaDate } from './chinaTime';
import { organisationCode } from './organisationCode';
import type { Random } from './random';

/**
 * The numbers one site hands out while its notices are generated in date order: 文号 serials per
 * prefix and year, 索引号 serials per year, and CMS page numbers. Serials grow with gaps, as
 * not every numbered document is published online.
 */
export class NumberingState {
  private readonly docSerials = new Map<string, number>();
  private readonly indexSerials = new Map<number, number>();
  private readonly orgCode: string;
  private pageNumber: number;

  constructor(
    private readonly random: Random,
    private readonly siteUrl: string,
    publisherKey: string,
  ) {
    this.orgCode = organisationCode(publisherKey);
    this.pageNumber = random.int(1_000_000, 4_000_000);
  }

  /** The next 文号 of `prefix` in the year of `signedAt`, parsed like any published one. */
  docNumber(prefix: string, signedAt: Date): DocNumberDoc {
    const year = chinaDateParts(signedAt).year;
    const key = `${prefix}|${year}`;
    const serial = (this.docSerials.get(key) ?? 0) + this.random.int(1, 3);
    this.docSerials.set(key, serial);
    const parsed = parseDocNumber(`${prefix}〔${year}〕${serial}号`);
    if (!parsed.ok)
      throw new Error(
        `generated 文号 ${prefix}〔${year}〕${serial}号 is malformed: ${parsed.reason}`,
      );
    return parsed.value;
  }

  /** The next 索引号 `<org code>/<year>-<serial>` for a notice published at `publishedAt`. */
  indexNumber(publishedAt: Date): string {
    const year = chinaDateParts(publishedAt).year;
    const serial = (this.indexSerials.get(year) ?? 0) + this.random.int(1, 6);
    this.indexSerials.set(year, serial);
    return `${this.orgCode}/${year}-${String(serial).padStart(5, '0')}`;
  }

  /** A CMS-style page address: `<site>/<column>/202304/t20230412_4512345.html`. */
  pageUrl(columnId: string, publishedAt: Date): string {
    this.pageNumber += this.random.int(3, 400);
    const day = compactChinaDate(publishedAt);
    return `${this.siteUrl}${columnId}/${day.slice(0, 6)}/t${day}_${this.pageNumber}.html`;
  }
}
