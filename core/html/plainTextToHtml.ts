import { escapeUTF8 } from 'entities';

/**
 * Turns plain text into body HTML: every non-empty line (after trimming, which also removes the
 * full-width indent spaces of Chinese paragraphs) becomes one escaped <p>. Used to seed fixture
 * pages, which are crawled text with one paragraph per line.
 */
export function plainTextToHtml(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p>${escapeUTF8(line)}</p>`)
    .join('\n');
}
