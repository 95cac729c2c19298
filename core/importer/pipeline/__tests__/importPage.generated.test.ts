import type { ImportCheck } from '../../../../scripts/bench/checkImport';
import { checkImport } from '../../../../scripts/bench/checkImport';
import type { GeneratedPage } from '../../../../scripts/import/generate';
import { generatePages } from '../../../../scripts/import/generate';
import { importPage } from '../importPage';

/*
 * Property test of the pipeline over generated pages with ground truth (the benchmark's mix,
 * scripts/import/generate). Pages are named by their number in the run (1-based, as the
 * generator's file names).
 *
 * Failures of the importer steps that are known and reported to the lead are listed in KNOWN
 * below, page by page, with the cause. Each property asserts that no page OUTSIDE its list
 * fails; each list has a `test.failing` that asserts its pages pass, so a fix shows up as a
 * failing "known issue" test: then delete the pages from the list.
 * The body is compared with every truth paragraph, the signature and its date line included:
 * they stay in the body (checkImport).
 */

const SEED = 6;
const COUNT = 300;

interface KnownIssue {
  cause: string;
  pages: number[];
}

const KNOWN: Record<'cleanBody' | 'spamLeft' | 'quarantine' | 'spamBody', KnownIssue[]> = {
  cleanBody: [
    {
      cause: 'lines after <br> in one element come joined into one paragraph (text kept)',
      pages: [
        3, 16, 23, 33, 49, 61, 87, 111, 112, 116, 130, 182, 190, 191, 215, 224, 235, 246, 259, 265,
        279,
      ],
    },
  ],
  spamLeft: [],
  spamBody: [],
  quarantine: [],
};

interface Run {
  number: number;
  page: GeneratedPage;
  check: ImportCheck;
}

let runs: Run[] = [];

beforeAll(() => {
  runs = [...generatePages(SEED, COUNT)].map((page, i) => ({
    number: i + 1,
    page,
    check: checkImport(importPage(page.bytes), page.truth),
  }));
}, 300_000);

const isClean = (run: Run) => run.page.truth.spam.length === 0;
const isSpammed = (run: Run) => run.page.truth.spam.length > 0 && !run.page.truth.quarantine;
const known = (issues: KnownIssue[]) => new Set(issues.flatMap((issue) => issue.pages));

/** Page number → what is wrong with it, for the pages that fail a property. */
function failures(select: (run: Run) => boolean, fails: (run: Run) => string[]) {
  const found = new Map<number, string[]>();
  for (const run of runs) {
    if (!select(run)) continue;
    const problems = fails(run);
    if (problems.length > 0) found.set(run.number, problems);
  }
  return found;
}

function unexpected(found: Map<number, string[]>, issues: KnownIssue[]): string[] {
  const listed = known(issues);
  return [...found]
    .filter(([number]) => !listed.has(number))
    .map(([number, problems]) => `page ${number}: ${problems.join(' | ').slice(0, 300)}`);
}

function stillFailing(found: Map<number, string[]>, issue: KnownIssue): number[] {
  return issue.pages.filter((number) => found.has(number));
}

const cleanBody = (run: Run) => run.check.missingBody;
const spamShown = (run: Run) => run.check.spamLeft.map((s) => `${s.kind}: ${s.text}`);
const notQuarantined = (run: Run) => (run.check.quarantined ? [] : ['not quarantined']);
const spamBodyLost = (run: Run) => [...run.check.lostBody, ...run.check.damagedBody];

describe(`importPage on ${COUNT} generated pages (seed ${SEED})`, () => {
  it('generates clean, spammed and spam pages', () => {
    expect(runs.filter(isClean).length).toBeGreaterThan(COUNT / 2);
    expect(runs.filter(isSpammed).length).toBeGreaterThan(COUNT / 10);
    expect(runs.filter((r) => r.page.truth.quarantine).length).toBeGreaterThan(0);
  });

  it('clean pages: no SPAM or HIDDEN removal, never quarantined', () => {
    const found = failures(isClean, (run) => [
      ...run.check.spamRemovals.map((r) => `${r.kind} ${r.reason}: ${r.text}`),
      ...(run.check.quarantined ? ['QUARANTINED'] : []),
    ]);
    expect(unexpected(found, [])).toEqual([]);
  });

  it('clean pages: every paragraph of the body, exactly and in order', () => {
    expect(unexpected(failures(isClean, cleanBody), KNOWN.cleanBody)).toEqual([]);
  });

  it('spammed pages: no injected spam left in the title or the paragraphs', () => {
    expect(unexpected(failures(isSpammed, spamShown), KNOWN.spamLeft)).toEqual([]);
  });

  it('spammed pages: no legitimate sentence lost or spoilt by spam left glued to it', () => {
    expect(unexpected(failures(isSpammed, spamBodyLost), KNOWN.spamBody)).toEqual([]);
  });

  it('spam pages (SPAM_PAGE) are QUARANTINED', () => {
    const found = failures((run) => run.page.truth.quarantine, notQuarantined);
    expect(unexpected(found, KNOWN.quarantine)).toEqual([]);
  });

  describe('known issues (reported; each test turns red when its pages pass)', () => {
    const cases = [
      ...KNOWN.cleanBody.map((issue) => ['clean body', issue, isClean, cleanBody] as const),
      ...KNOWN.spamLeft.map((issue) => ['spam left', issue, isSpammed, spamShown] as const),
      ...KNOWN.spamBody.map((issue) => ['spam body', issue, isSpammed, spamBodyLost] as const),
      ...KNOWN.quarantine.map(
        (issue) =>
          ['quarantine', issue, (run: Run) => run.page.truth.quarantine, notQuarantined] as const,
      ),
    ];
    if (cases.length === 0) it.todo('none');
    for (const [property, issue, select, fails] of cases) {
      test.failing(`${property}: ${issue.cause} (pages ${issue.pages.join(', ')})`, () => {
        expect(stillFailing(failures(select, fails), issue)).toEqual([]);
      });
    }
  });
});
