/**
 * The offline playground in a real browser against a real cluster: GraphiQL
 * renders from the gateway's own assets, runs a query, and the page never
 * reaches past loopback (requests elsewhere are recorded and aborted).
 */
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import type { RunningCluster } from './support/startCluster';
import { startCluster } from './support/startCluster';

const CHROMIUM = '/usr/bin/chromium';

/** What GraphiQL's CodeMirror 5 editors expose on their DOM node. */
type CodeMirrorElement = Element & { CodeMirror: { getValue(): string } };

let cluster: RunningCluster;
let browser: Browser;

beforeAll(async () => {
  cluster = await startCluster();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await cluster?.stop();
});

function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

describe('playground', () => {
  it('renders GraphiQL offline and runs a query', async () => {
    const context = await browser.newContext();
    const offLoopback: string[] = [];
    const requests: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      if (isLoopback(url)) return route.continue();
      offLoopback.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });

    const response = await page.goto(cluster.gatewayUrl);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");

    await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 20_000 });
    expect(await page.locator('.graphiql-tab').count()).toBeGreaterThan(1);

    // Run the first example tab as a visitor would: `query Sites { sites { id name ... } }`.
    const query = await page.evaluate(() => {
      const editor = document.querySelector(
        '.graphiql-query-editor .CodeMirror',
      ) as CodeMirrorElement | null;
      return editor?.CodeMirror.getValue() ?? '';
    });
    expect(query).toMatch(/sites\(level: \$level\) \{\s+id\s+code\s+name/);
    await page.click('.graphiql-execute-button');
    const resultText = await page
      .waitForFunction(
        () => {
          const pane = document.querySelector(
            '.graphiql-response .CodeMirror',
          ) as CodeMirrorElement | null;
          const value = pane?.CodeMirror.getValue() ?? '';
          return value.trim().startsWith('{') ? value : false;
        },
        undefined,
        { timeout: 20_000 },
      )
      .then((handle) => handle.jsonValue());

    const result = JSON.parse(String(resultText)) as {
      data?: { sites: { id: string; name: string }[] };
      errors?: unknown;
    };
    expect(result.errors).toBeUndefined();
    expect(result.data?.sites.length).toBeGreaterThan(0);
    expect(await page.locator('.graphiql-response').textContent()).toContain('"data"');

    expect(requests.some((url) => url.includes('/playground/assets/graphiql.min.js'))).toBe(true);
    expect(offLoopback).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});
