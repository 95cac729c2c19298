import type { CleanFixtureResult } from '../checkCleanFixtures';
import type { ImportCheck } from '../checkImport';
import { formatImportFigures } from '../formatImportFigures';
import type { ImportResults } from '../importFigures';
import { computeImportFigures } from '../importFigures';
import type { ImportSample } from '../measureImport';

const GOOD: ImportCheck = {
  outcome: 'READY',
  quarantined: false,
  fields: { title: true, docNumber: true, issuer: true, signedAt: true, publishedAt: true },
  missingBody: [],
  joinedBody: [],
  damagedBody: [],
  lostBody: [],
  extraParagraphs: [],
  spamLeft: [],
  spamRemovals: [],
};

function sample(number: number, over: Partial<ImportSample>, check: Partial<ImportCheck> = {}) {
  const base: ImportSample = {
    number,
    fileName: `${number}.html`,
    encoding: 'UTF-8',
    format: 'html',
    traditional: false,
    pinyin: false,
    spamKinds: [],
    spam: [],
    quarantine: false,
    ms: 10,
    check: { ...GOOD, ...check },
  };
  return { ...base, ...over };
}

const samples: ImportSample[] = [
  sample(1, { ms: 5 }),
  sample(
    2,
    { encoding: 'BIG5', format: 'text', ms: 20 },
    { joinedBody: ['a'], missingBody: ['a'] },
  ),
  sample(3, {}, { spamRemovals: [{ kind: 'SPAM', reason: 'GAMBLING_KEYWORDS', text: '彩票' }] }),
  sample(
    4,
    {
      spamKinds: ['SPAM_HEAD', 'LINK_FARM'],
      spam: [
        { kind: 'SPAM_HEAD', text: '百家乐' },
        { kind: 'LINK_FARM', text: 'x.bet' },
        { kind: 'LINK_FARM', text: 'y.bet' },
      ],
    },
    { spamLeft: [{ kind: 'LINK_FARM', text: 'y.bet' }], damagedBody: ['各镇：'] },
  ),
  sample(5, { spamKinds: ['SPAM_PAGE'], quarantine: true }, { quarantined: true }),
  sample(6, { spamKinds: ['SPAM_PAGE'], quarantine: true }, { outcome: 'UNUSABLE' }),
];

const clean: CleanFixtureResult[] = [
  {
    source: 'real',
    fileName: 'faku.txt',
    spamRemovals: [],
    quarantined: false,
    lost: [],
    joined: ['2020年4月17日'],
  },
];

describe('computeImportFigures', () => {
  const figures = computeImportFigures(samples, clean);

  it('times importPage alone, overall and by encoding and format', () => {
    expect(figures.throughput.pages).toBe(6);
    expect(figures.throughput.importMs).toBe(65);
    expect(figures.throughput.pagesPerSecond).toBeCloseTo(92.3, 1);
    expect(figures.throughput.byEncoding.map((g) => [g.group, g.pages])).toEqual([
      ['BIG5', 1],
      ['UTF-8', 5],
    ]);
    expect(figures.throughput.byFormat.map((g) => g.group)).toEqual(['html', 'text']);
  });

  it('counts false positives on clean pages, not joined paragraphs', () => {
    const [real, noise, generated] = figures.falsePositives;
    expect([real.pages, real.pagesWrong, real.pagesJoined]).toEqual([1, 0, 1]);
    expect(noise.pages).toBe(0);
    expect(generated).toMatchObject({ pages: 3, pagesWrong: 1, spamRemovals: 1, pagesJoined: 1 });
    expect(generated.examples).toEqual(['3.html: SPAM GAMBLING_KEYWORDS "彩票"']);
  });

  it('measures recall per kind over the pages that are not spam pages', () => {
    const row = (kind: string) => figures.spamRecall.find((r) => r.kind === kind);
    expect(row('SPAM_HEAD')).toMatchObject({ injected: 1, removed: 1, recall: 1, pagesSpoilt: 1 });
    expect(row('LINK_FARM')).toMatchObject({ injected: 2, removed: 1, recall: 0.5 });
    expect(row('HIDDEN_LINKS')?.recall).toBeNull();
    expect(row('all')).toMatchObject({ injected: 3, removed: 2 });
    expect(figures.quarantine).toMatchObject({
      truePositives: 1,
      falseNegatives: 1,
      falsePositives: 0,
      precision: 1,
      recall: 0.5,
    });
  });

  it('rates the fields over the pages that are not quarantined', () => {
    const all = figures.fields.find((r) => r.group === 'all');
    expect(all?.pages).toBe(4);
    expect(all?.rates.title).toBe(1);
    expect(all?.rates.bodyExact).toBe(0.75);
    expect(all?.rates.bodyKept).toBe(0.75);
  });

  it('prints every section', () => {
    const memory = {
      heapUsedMb: 1,
      externalMb: 1,
      arrayBuffersMb: 1,
      rssMb: 1,
      gcForced: false,
    };
    const results: ImportResults = {
      mode: 'quick',
      seed: 1,
      pages: 6,
      warmup: 0,
      generateMs: 1,
      generatedMb: 0.1,
      figures,
      memory: { beforeGenerate: memory, afterGenerate: memory, afterImport: memory },
      load: { before: 0, after: 0 },
      cpus: 2,
      node: 'v20',
      elapsedMs: 1,
    };
    const text = formatImportFigures(results, { falsePositives: 0, spamRecall: 0.99 });
    for (const heading of ['(a) throughput', '(b) spam-check', '(c) recall', '(d) field']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('6.html: SPAM_PAGE not quarantined (UNUSABLE)');
    expect(text).toContain('4.html: LINK_FARM "y.bet" left');
    expect(text).not.toContain('no signature');
  });
});
