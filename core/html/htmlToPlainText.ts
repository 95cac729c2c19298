import { compile } from 'html-to-text';
import type { HtmlToTextOptions } from 'html-to-text';
import { sanitizeBody } from './sanitizeBody';

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'blockquote', format: 'block' },
    { selector: 'table', format: 'dataTable' },
    { selector: 'ul', options: { itemPrefix: '• ' } },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
      selector,
      options: { uppercase: false },
    })),
  ],
};

/** Compiled once: compiling the selectors costs more than converting a typical body. */
const toText = compile(OPTIONS);

/**
 * The visible text of an HTML body: one line per paragraph (block, line break or table row),
 * entities decoded, runs of whitespace (including &nbsp; and the full-width indent spaces
 * Chinese pages start paragraphs with) collapsed to one space, empty lines dropped.
 *
 * The input is sanitised first so hidden spam and script text never reach search or summaries.
 */
export function htmlToPlainText(html: string): string {
  return toText(sanitizeBody(html))
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
