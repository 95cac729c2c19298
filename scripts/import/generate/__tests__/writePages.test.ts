import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePages } from '../generatePages';
import type { TruthLine } from '../writePages';
import { TRUTH_MANIFEST, writePages } from '../writePages';

describe('writePages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govhub-pages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the bytes of every page and one truth line each', () => {
    const pages = [...generatePages(3, 25)];
    const written = writePages(dir, pages);
    expect(written.pages).toBe(25);
    expect(written.bytes).toBe(pages.reduce((sum, page) => sum + page.bytes.length, 0));
    expect(readdirSync(dir).sort()).toEqual(
      [...pages.map((page) => page.fileName), TRUTH_MANIFEST].sort(),
    );
    const lines = readFileSync(join(dir, TRUTH_MANIFEST), 'utf8').trim().split('\n');
    const parsed = lines.map((line) => JSON.parse(line) as TruthLine);
    expect(parsed.map((line) => line.fileName)).toEqual(pages.map((page) => page.fileName));
    expect(parsed[4].truth).toEqual(pages[4].truth);
    expect(parsed[4].options).toEqual(pages[4].options);
    expect(readFileSync(join(dir, pages[9].fileName)).equals(Buffer.from(pages[9].bytes))).toBe(
      true,
    );
  });

  it('replaces the manifest of an earlier run', () => {
    writePages(dir, generatePages(4, 3));
    expect(readFileSync(join(dir, TRUTH_MANIFEST), 'utf8').trim().split('\n')).toHaveLength(3);
  });
});
