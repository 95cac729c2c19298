import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepoRoot } from '../../process/findRepoRoot';
import { loadTermList, shippedTermListPath } from '../loadTermList';
import { TERM_KINDS } from '../termList';
import { TermListError } from '../TermListError';

describe('the shipped list', () => {
  const list = loadTermList();

  it('is data/terms/sensitive-terms.json, found from the repository root', () => {
    expect(shippedTermListPath()).toBe(
      join(findRepoRoot(), 'data', 'terms', 'sensitive-terms.json'),
    );
    expect(list.source).toBe(shippedTermListPath());
  });

  it('has terms of every kind', () => {
    const counts = Object.fromEntries(
      TERM_KINDS.map((kind) => [kind, list.terms.filter((t) => t.kind === kind).length]),
    );
    expect(counts.SECRECY).toBeGreaterThanOrEqual(5);
    expect(counts.OUTDATED_NAME).toBeGreaterThanOrEqual(20);
    expect(counts.WRONG_WORD).toBeGreaterThanOrEqual(20);
    expect(counts.SENSITIVE).toBeGreaterThanOrEqual(5);
  });

  it('names the replacement of every outdated name and wrong word', () => {
    for (const entry of list.terms) {
      if (entry.kind === 'OUTDATED_NAME' || entry.kind === 'WRONG_WORD') {
        expect({ term: entry.term, suggestion: entry.suggestion }).toEqual({
          term: entry.term,
          suggestion: expect.any(String),
        });
      }
    }
  });

  it('does not list the plain words of legitimate text on secrecy', () => {
    const terms = list.terms.map((t) => t.term);
    for (const word of ['秘密', '机密', '国家秘密', '保密', '涉密', '内部']) {
      expect(terms).not.toContain(word);
    }
  });
});

describe('loadTermList', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'govhub-terms-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function write(name: string, text: string): string {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  }

  it('reads another list', () => {
    const path = write('ok.json', '{"version":1,"terms":[{"term":"测试词","kind":"SENSITIVE"}]}');
    expect(loadTermList(path).terms.map((t) => t.term)).toEqual(['测试词']);
  });

  it('names a file that cannot be read', () => {
    const path = join(dir, 'missing.json');
    expect(() => loadTermList(path)).toThrow(TermListError);
    expect(() => loadTermList(path)).toThrow(`cannot read 错敏词 list ${path}: `);
  });

  it('names a file that is not JSON', () => {
    const path = write('broken.json', '{"version":1,"terms":[');
    expect(() => loadTermList(path)).toThrow(`错敏词 list ${path} is not valid JSON: `);
  });

  it('names the file and the entry of a list with a bad entry', () => {
    const path = write('bad.json', '{"version":1,"terms":[{"term":"测试词","kind":"TYPO"}]}');
    expect(() => loadTermList(path)).toThrow(
      new RegExp(`^invalid 错敏词 list ${escape(path)}:\\n {2}terms\\[0\\] \\(测试词\\)\\.kind: `),
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
