import type { DocNumberDoc } from '../../model/notice';
import type { Extracted } from './extractedNotice';

export interface WarningEvidence {
  title: Extracted<string> | null;
  docNumber: Extracted<DocNumberDoc> | null;
  issuer: Extracted<string> | null;
  signedAt: Extracted<string> | null;
  publishedAt: Extracted<string> | null;
  paragraphs: readonly string[];
}

const DAY_MS = 86_400_000;
/** Reposted or late-published documents go online long after signing; worth a look past a year. */
const LONG_DELAY_DAYS = 365;

/**
 * What an editor should look at: missing fields and dates that do not add up. Facts of the
 * page (a notice published two years after it was signed), never errors.
 */
export function noticeWarnings(evidence: WarningEvidence): string[] {
  const warnings: string[] = [];
  if (!evidence.title) warnings.push('no title found');
  if (!evidence.docNumber) warnings.push('no 文号 found');
  if (!evidence.issuer) warnings.push('no issuer found');
  if (!evidence.signedAt) warnings.push('no 成文日期 found');
  if (!evidence.publishedAt) warnings.push('no 发布日期 found');
  if (evidence.paragraphs.length === 0) warnings.push('no body paragraphs found');
  const signed = evidence.signedAt?.value.slice(0, 10);
  const published = evidence.publishedAt?.value.slice(0, 10);
  if (signed && published) {
    const days = Math.round((Date.parse(published) - Date.parse(signed)) / DAY_MS);
    if (days < 0) warnings.push(`成文日期 ${signed} is later than 发布日期 ${published}`);
    if (days > LONG_DELAY_DAYS) {
      warnings.push(`发布日期 ${published} is ${days} days after 成文日期 ${signed}`);
    }
  }
  return warnings;
}
