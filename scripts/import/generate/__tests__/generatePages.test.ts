import { generatePages } from '../generatePages';
import { DEFAULT_PAGE_MIX } from '../pageMix';
import type { GeneratedPage } from '../pageTypes';
import { truthProblems } from './visibleText';

describe('generatePages', () => {
  const pages: GeneratedPage[] = [...generatePages(7, 1000)];
  const share = (test: (page: GeneratedPage) => boolean) =>
    pages.filter(test).length / pages.length;

  it('is deterministic and names every page uniquely', () => {
    const again = [...generatePages(7, 20)];
    again.forEach((page, i) => {
      expect(page.fileName).toBe(pages[i].fileName);
      expect(Buffer.from(page.bytes).equals(Buffer.from(pages[i].bytes))).toBe(true);
    });
    expect(new Set(pages.map((page) => page.fileName)).size).toBe(pages.length);
    expect(pages[0].fileName).toMatch(/^00001-[a-z]+-t\d{8}_\d{7}\.(html|txt)$/);
  });

  it('holds the default mix roughly', () => {
    const options = pages.map((page) => page.options);
    const spam = (page: GeneratedPage) => page.truth.spam.length > 0;
    expect(share((page) => page.options.format === 'html')).toBeCloseTo(DEFAULT_PAGE_MIX.html, 1);
    expect(share((page) => !spam(page) && page.options.format === 'html')).toBeCloseTo(0.6, 1);
    expect(share((page) => !spam(page) && page.options.format === 'text')).toBeCloseTo(0.15, 1);
    expect(share((page) => page.options.encoding === 'UTF-8')).toBeCloseTo(0.6, 1);
    expect(share((page) => page.options.encoding === 'GB18030')).toBeCloseTo(0.3, 1);
    expect(share((page) => page.options.encoding === 'BIG5')).toBeCloseTo(0.1, 1);
    expect(share((page) => page.options.script === 'traditional')).toBeCloseTo(
      DEFAULT_PAGE_MIX.traditional,
      1,
    );
    expect(share((page) => page.options.pinyin)).toBeCloseTo(DEFAULT_PAGE_MIX.pinyin, 1);
    expect(share(spam)).toBeCloseTo(0.25, 1);
    expect(share((page) => page.truth.quarantine)).toBeGreaterThan(0.005);
    expect(share((page) => page.truth.quarantine)).toBeLessThan(0.04);
    expect(share((page) => page.options.spam.length === 2)).toBeGreaterThan(0.03);
    expect(share((page) => page.options.level === 'county')).toBeCloseTo(0.5, 1);
    for (const option of options) {
      if (option.encoding === 'BIG5')
        expect([option.script, option.pinyin]).toEqual(['traditional', false]);
      if (option.format === 'text') expect(option.spam).not.toContain('HIDDEN_LINKS');
    }
  });

  it('writes every truth into the bytes of every page', () => {
    expect(pages.flatMap(truthProblems)).toEqual([]);
  });

  it('keeps the spam out of clean pages and the truth of each kind apart', () => {
    for (const page of pages) {
      expect(page.truth.spam.length > 0).toBe(page.options.spam.length > 0);
      const kinds = new Set(page.truth.spam.map((spam) => spam.kind));
      expect([...kinds].sort()).toEqual([...page.options.spam].sort());
    }
  });
});
