import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../../process/findRepoRoot';
import type { TermField } from '../checkTerms';
import { checkTerms } from '../checkTerms';
import { loadTermList } from '../loadTermList';

/*
 * The real notices shipped with the repository (crawled pages and the demo notices cleaned from
 * them) are correct official texts: the shipped list must find nothing in them, or publishing
 * them in tests and demos would be blocked. Anything found here is a false positive of the list.
 */
const root = findRepoRoot();
const list = loadTermList();

function filesIn(folder: string, extension: string): string[] {
  return readdirSync(join(root, folder))
    .filter((name) => name.endsWith(extension))
    .sort();
}

describe('the shipped list on real notices', () => {
  const pages = filesIn('test/fixtures/pages', '.txt');
  const notices = filesIn('data/demo/notices', '.json');

  it('has notices to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(notices.length).toBeGreaterThanOrEqual(3);
  });

  it.each(pages)('finds nothing in the crawled page %s', (name) => {
    const text = readFileSync(join(root, 'test/fixtures/pages', name), 'utf8');
    expect(checkTerms(list, [{ field: 'page', text }])).toEqual([]);
  });

  it.each(notices)('finds nothing in the demo notice %s', (name) => {
    const notice: unknown = JSON.parse(readFileSync(join(root, 'data/demo/notices', name), 'utf8'));
    const fields = textFields(notice);
    expect(fields.map((f) => f.field)).toEqual(expect.arrayContaining(['title', 'body']));
    expect(checkTerms(list, fields)).toEqual([]);
  });
});

/** Every string field of a demo notice; the body's paragraphs as one text, as it is published. */
function textFields(notice: unknown): TermField[] {
  if (typeof notice !== 'object' || notice === null) return [];
  const fields: TermField[] = [];
  for (const [field, value] of Object.entries(notice)) {
    if (typeof value === 'string') fields.push({ field, text: value });
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      fields.push({ field, text: value.join('\n') });
    }
  }
  return fields;
}
