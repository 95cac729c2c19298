import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findRepoRoot } from '../../../core/process/findRepoRoot';
import { encodingFixtures } from './encodingFixtures';
import type { NoiseFixture } from './fixturePage';
import { spamFixtures } from './spamFixtures';

/** Every hand-made noise fixture: the spam pages (UTF-8) and the encoding pages. */
export function noiseFixtures(): NoiseFixture[] {
  const spam = spamFixtures().map(({ fileName, html, expected }) => ({
    fileName,
    bytes: Buffer.from(html, 'utf8'),
    expected,
  }));
  return [...spam, ...encodingFixtures()];
}

/** `big5-notice.txt.expected.json` beside `big5-notice.txt` (the .html has its own). */
export function expectedFileName(fileName: string): string {
  return `${fileName}.expected.json`;
}

/** Writes the fixtures and their expectations into `dir` (test/fixtures/import). */
export function writeNoiseFixtures(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const fixture of noiseFixtures()) {
    writeFileSync(join(dir, fixture.fileName), fixture.bytes);
    writeFileSync(
      join(dir, expectedFileName(fixture.fileName)),
      `${JSON.stringify(fixture.expected, null, 2)}\n`,
    );
    written.push(fixture.fileName);
  }
  return written;
}

if (require.main === module) {
  const dir = resolve(
    process.argv[2] ?? join(findRepoRoot(__dirname), 'test', 'fixtures', 'import'),
  );
  const written = writeNoiseFixtures(dir);
  process.stdout.write(`wrote ${written.length} fixtures to ${dir}\n`);
}
