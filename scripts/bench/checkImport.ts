import type { ImportedPage } from '../../core/importer/pipeline';
import type { InjectedSpam, PageTruth } from '../import/generate';
import { chinaDay, classifyMissing, missingParagraphs, spamLeft } from './importTruth';

export const CHECKED_FIELDS = ['title', 'docNumber', 'issuer', 'signedAt', 'publishedAt'] as const;
export type CheckedField = (typeof CHECKED_FIELDS)[number];

/** How one import compares with its page's truth. */
export interface ImportCheck {
  outcome: ImportedPage['outcome'];
  quarantined: boolean;
  /** Exact match of each field (dates as China days, 文号 as printed). */
  fields: Record<CheckedField, boolean>;
  /**
   * Truth paragraphs (signature and date lines included: they stay in the body) that are not
   * paragraphs of the import, exactly and in order.
   */
  missingBody: string[];
  /** Of `missingBody`, the ones still shown as a line of a paragraph joined with others. */
  joinedBody: string[];
  /** Of `missingBody`, the ones shown only inside a longer line (with spam left glued to it). */
  damagedBody: string[];
  /** Of `missingBody`, the ones whose text is gone: a legitimate sentence removed. */
  lostBody: string[];
  /** Paragraphs of the import that are not in the truth: chrome or spam left in the body. */
  extraParagraphs: string[];
  /** Injected spam still shown in the title or the paragraphs. */
  spamLeft: InjectedSpam[];
  /** SPAM and HIDDEN removals (on a clean page, each one is a false positive). */
  spamRemovals: { kind: string; reason: string; text: string }[];
}

/** Compares an import with the truth of its page (generated page or noise fixture). */
export function checkImport(imported: ImportedPage, truth: PageTruth): ImportCheck {
  const { notice, report } = imported;
  const missingBody = missingParagraphs(truth.paragraphs, notice.paragraphs);
  const { joined, damaged, lost } = classifyMissing(missingBody, notice.paragraphs);
  const truthLines = new Set(truth.paragraphs);
  return {
    outcome: imported.outcome,
    quarantined: imported.outcome === 'QUARANTINED',
    fields: {
      title: notice.title === truth.title,
      docNumber: (notice.docNumber?.raw ?? null) === truth.docNumber,
      issuer: notice.issuer === truth.issuer,
      signedAt: chinaDay(notice.signedAt) === truth.signedAt,
      publishedAt: chinaDay(notice.publishedAt) === truth.publishedAt,
    },
    missingBody,
    joinedBody: joined,
    damagedBody: damaged,
    lostBody: lost,
    extraParagraphs: notice.paragraphs.filter(
      (p) => !truthLines.has(p) && !p.split('\n').every((line) => truthLines.has(line)),
    ),
    spamLeft: spamLeft(
      truth.spam,
      [...(truth.quarantine ? [] : [truth.title]), ...truth.paragraphs],
      [notice.title, ...notice.paragraphs],
    ),
    spamRemovals: report.removals.filter((r) => r.kind === 'SPAM' || r.kind === 'HIDDEN'),
  };
}
