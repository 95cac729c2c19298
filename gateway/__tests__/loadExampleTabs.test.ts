import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AUTHORIZATION_HINT, loadExampleTabs } from '../playground/loadExampleTabs';

const EXAMPLES = path.join(__dirname, '..', 'playground', 'examples');

describe('loadExampleTabs', () => {
  const tabs = loadExampleTabs(EXAMPLES);

  it('makes one tab per example, in file order, starting with the directory', () => {
    expect(tabs).toHaveLength(readdirSync(EXAMPLES).filter((f) => f.endsWith('.graphql')).length);
    expect(tabs[0]?.query).toContain('sites(');
  });

  it('fills the headers editor of mutation tabs only, with the token hint', () => {
    for (const tab of tabs) {
      const mutates = /^mutation /m.test(tab.query);
      expect(tab.headers).toBe(mutates ? AUTHORIZATION_HINT : undefined);
    }
    expect(JSON.parse(AUTHORIZATION_HINT)).toEqual({
      Authorization: expect.stringMatching(/^Bearer .*npm run -s token/),
    });
  });

  it('loads variables as JSON text', () => {
    for (const tab of tabs)
      if (tab.variables) expect(() => JSON.parse(tab.variables ?? '')).not.toThrow();
    expect(tabs.some((tab) => tab.variables)).toBe(true);
  });

  it('refuses an example that does not parse', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'govhub-examples-'));
    try {
      writeFileSync(path.join(dir, 'broken.graphql'), 'query {');
      expect(() => loadExampleTabs(dir)).toThrow(/Syntax Error/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
