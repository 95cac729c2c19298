import { TextDecoder } from 'node:util';
import type { ImportFixture } from '../../../../scripts/bench/importFixtures';
import {
  loadImportFixtures,
  readRealPage,
  REAL_PAGES,
  realPageLines,
} from '../../../../scripts/bench/importFixtures';
import {
  chinaDay,
  missingParagraphs,
  spamLeft,
  splitSignature,
  stripToneMarkedPinyin,
} from '../../../../scripts/bench/importTruth';
import { importPage } from '../importPage';
import type { ImportedPage } from '../importedPage';

/*
 * The whole pipeline on the hand-made noise fixtures (test/fixtures/import, each with its
 * .expected.json) and the three real crawled pages (test/fixtures/pages).
 *
 * The signature (the issuer line above the 成文日期 and the date line) is part of the document
 * as published: it stays in `paragraphs`, in place, while `issuer` and `signedAt` are read from
 * it. The body checks below therefore compare every truth paragraph, signature included.
 */

const fixtures = loadImportFixtures();
const imported = new Map<string, ImportedPage>(
  fixtures.map((f) => [f.fileName, importPage(f.bytes)]),
);
const result = (fixture: ImportFixture): ImportedPage => {
  const page = imported.get(fixture.fileName);
  if (!page) throw new Error(`${fixture.fileName} was not imported`);
  return page;
};

describe('importPage on the noise fixtures', () => {
  it('finds all twelve fixtures', () => {
    expect(fixtures.map((f) => f.fileName)).toHaveLength(12);
  });

  describe.each(fixtures.map((f) => [f.fileName, f] as const))('%s', (_name, fixture) => {
    const { expected } = fixture;

    it('reads the title, 文号, issuer and dates', () => {
      const { notice } = result(fixture);
      const read = {
        title: notice.title,
        docNumber: notice.docNumber?.raw ?? null,
        issuer: notice.issuer,
        signedAt: chinaDay(notice.signedAt),
        publishedAt: chinaDay(notice.publishedAt),
      };
      // A spam page prints no signature: its truth repeats the 发布日期 as 成文日期.
      const signedAt = expected.quarantine && read.signedAt === null ? null : expected.signedAt;
      expect(read).toEqual({
        title: expected.title,
        docNumber: expected.docNumber,
        issuer: expected.issuer,
        signedAt,
        publishedAt: expected.publishedAt,
      });
    });

    it(`is ${expected.quarantine ? 'QUARANTINED' : 'READY'}`, () => {
      const page = result(fixture);
      expect(page.outcome).toBe(expected.quarantine ? 'QUARANTINED' : 'READY');
      if (expected.quarantine) expect(page.report.quarantineReasons).not.toEqual([]);
      else expect(page.report.quarantineReasons).toEqual([]);
    });

    it('keeps every paragraph of the body, signature included, exactly and in order', () => {
      expect(missingParagraphs(expected.paragraphs, result(fixture).notice.paragraphs)).toEqual([]);
    });

    if (!expected.quarantine) {
      // A quarantined page keeps its (spam) title for the admins who review it.
      it('shows none of the injected spam in the title or the paragraphs', () => {
        const { notice } = result(fixture);
        expect(
          spamLeft(
            expected.spam,
            [expected.title, ...expected.paragraphs],
            [notice.title, ...notice.paragraphs],
          ),
        ).toEqual([]);
      });
    }

    if (expected.spam.length === 0) {
      it('reports no spam and no hidden content', () => {
        const kinds = result(fixture).report.removals.map((r) => r.kind);
        expect(kinds.filter((k) => k === 'SPAM' || k === 'HIDDEN')).toEqual([]);
      });
    }
  });

  describe('mojibake-utf8-as-gbk.txt', () => {
    const fixture = fixtures.find((f) => f.fileName === 'mojibake-utf8-as-gbk.txt');
    const page = () => {
      if (!fixture) throw new Error('fixture missing');
      return {
        expected: fixture.expected,
        report: result(fixture).report,
        notice: result(fixture).notice,
      };
    };

    it('repairs every repairable line', () => {
      const { expected, report, notice } = page();
      expect(expected.repairable?.length).toBeGreaterThan(0);
      for (const line of expected.repairable ?? []) {
        const repaired = report.repairs.reduce(
          (text, r) => text.split(r.from).join(r.to),
          line.shown,
        );
        expect(repaired).toBe(line.text);
        expect([notice.title, ...notice.paragraphs].join('\n')).not.toContain(line.shown);
      }
    });

    it('keeps the unrepairable line as shown and reports it', () => {
      const { expected, report, notice } = page();
      expect(expected.unrepairable?.length).toBeGreaterThan(0);
      for (const line of expected.unrepairable ?? []) {
        expect(notice.paragraphs).toContain(line);
        expect(report.unrecoverable.some((run) => line.includes(run))).toBe(true);
      }
      for (const run of report.unrecoverable) {
        expect((expected.unrepairable ?? []).some((line) => line.includes(run))).toBe(true);
      }
    });
  });
});

/** Fields the real pages print (the anshan page has no title: it starts at the salutation). */
const REAL_FIELDS: Record<string, Record<string, string | null>> = {
  'anshan-city-2015-0605.txt': {
    title: '',
    issuer: '鞍山市人民政府辦公廳',
    signedAt: '2015-06-05',
    publishedAt: null,
    siteCode: null,
  },
  'faku-county-2022-0421.txt': {
    title: '法库县政府办公室关于加强政府重大政策信息内容建设的意见',
    issuer: '法库县人民政府办公室',
    signedAt: '2020-04-17',
    publishedAt: '2022-04-21',
    siteCode: '2101240002',
  },
  'xunwu-county-2020-0228.txt': {
    title: '寻乌县政府办关于规范全县政务公开相关工作的通知',
    signedAt: '2020-02-28',
    publishedAt: null,
    siteCode: null,
  },
};

describe('importPage on the real pages', () => {
  describe.each(REAL_PAGES.map((p) => [p.fileName, p] as const))('%s', (_name, real) => {
    const bytes = readRealPage(real);
    const page = importPage(bytes);
    const lines = realPageLines(real, new TextDecoder('utf-8').decode(bytes));

    it('loses no line of the notice from the salutation through the signature date', () => {
      expect(lines.length).toBeGreaterThan(10);
      expect(missingParagraphs(lines, page.notice.paragraphs)).toEqual([]);
    });

    it('reads the fields the page prints', () => {
      const expected = REAL_FIELDS[real.fileName];
      const read: Record<string, string | null> = {
        title: page.notice.title,
        issuer: page.notice.issuer,
        signedAt: chinaDay(page.notice.signedAt),
        publishedAt: chinaDay(page.notice.publishedAt),
        siteCode: page.report.siteCode,
      };
      const printed = Object.fromEntries(
        Object.keys(expected).map((field) => [field, read[field]]),
      );
      expect(printed).toEqual(expected);
    });

    it('finds no spam and does not quarantine', () => {
      expect(page.outcome).not.toBe('QUARANTINED');
      const kinds = page.report.removals.map((r) => r.kind);
      expect(kinds.filter((k) => k === 'SPAM' || k === 'HIDDEN')).toEqual([]);
    });

    if (real.pinyin) {
      it('removes the converter pinyin and keeps the traditional script', () => {
        expect(page.report.removals.filter((r) => r.kind === 'PINYIN').length).toBeGreaterThan(100);
        for (const p of page.notice.paragraphs) expect(stripToneMarkedPinyin(p)).toBe(p);
        expect(page.report.traditional).toBe(true);
      });
    }
  });
});

describe('the signature', () => {
  /** The signature lines as consecutive paragraphs, followed by what follows them in the truth. */
  function signatureShown(truth: readonly string[], issuer: string | null, shown: string[]) {
    const { signature } = splitSignature(truth, issuer);
    const tail = truth.slice(truth.lastIndexOf(signature[0] ?? ''));
    const at = shown.lastIndexOf(signature[0] ?? '');
    return { signature, shownTail: at < 0 ? [] : shown.slice(at, at + tail.length), tail };
  }

  it('keeps the issuer and date lines as paragraphs, in place, before any 附注', () => {
    const pages = [
      ...fixtures
        .filter((fixture) => !fixture.expected.quarantine)
        .map((fixture) => ({
          name: fixture.fileName,
          truth: fixture.expected.paragraphs,
          issuer: fixture.expected.issuer,
          shown: result(fixture).notice.paragraphs,
        })),
      ...REAL_PAGES.map((real) => {
        const bytes = readRealPage(real);
        return {
          name: real.fileName,
          truth: realPageLines(real, new TextDecoder('utf-8').decode(bytes)),
          issuer: real.issuer,
          shown: importPage(bytes).notice.paragraphs,
        };
      }),
    ];
    for (const page of pages) {
      const { signature, shownTail, tail } = signatureShown(page.truth, page.issuer, page.shown);
      expect([page.name, signature.length > 0]).toEqual([page.name, true]);
      expect([page.name, shownTail]).toEqual([page.name, tail]);
    }
  });
});
