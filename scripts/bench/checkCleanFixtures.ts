import { TextDecoder } from 'node:util';
import type { ImportedPage } from '../../core/importer/pipeline';
import { importPage } from '../../core/importer/pipeline';
import { loadImportFixtures, readRealPage, REAL_PAGES, realPageLines } from './importFixtures';
import { classifyMissing, missingParagraphs } from './importTruth';

/** A fixture page without injected spam, imported: what the import took that it should not have. */
export interface CleanFixtureResult {
  /** `real` (test/fixtures/pages) or `noise` (the clean fixtures of test/fixtures/import). */
  source: 'real' | 'noise';
  fileName: string;
  spamRemovals: { kind: string; reason: string; text: string }[];
  quarantined: boolean;
  /** Legitimate lines whose text is gone, or spoilt by something glued to them. */
  lost: string[];
  /** Legitimate lines kept only as a line of a paragraph that joins several. */
  joined: string[];
}

/** Imports the three real pages and the noise fixtures without spam, and checks each. */
export function checkCleanFixtures(): CleanFixtureResult[] {
  const real = REAL_PAGES.map((page) => {
    const bytes = readRealPage(page);
    const lines = realPageLines(page, new TextDecoder('utf-8').decode(bytes));
    return result('real', page.fileName, importPage(bytes), lines);
  });
  const noise = loadImportFixtures()
    .filter((fixture) => fixture.expected.spam.length === 0)
    .map((fixture) =>
      result('noise', fixture.fileName, importPage(fixture.bytes), fixture.expected.paragraphs),
    );
  return [...real, ...noise];
}

function result(
  source: CleanFixtureResult['source'],
  fileName: string,
  imported: ImportedPage,
  paragraphs: readonly string[],
): CleanFixtureResult {
  const shown = imported.notice.paragraphs;
  const { joined, damaged, lost } = classifyMissing(missingParagraphs(paragraphs, shown), shown);
  return {
    source,
    fileName,
    spamRemovals: imported.report.removals.filter((r) => r.kind === 'SPAM' || r.kind === 'HIDDEN'),
    quarantined: imported.outcome === 'QUARANTINED',
    lost: [...lost, ...damaged],
    joined,
  };
}
