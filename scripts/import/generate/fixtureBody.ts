import { esc } from './htmlEscape';
import type { FixtureNotice } from './fixtureNotices';
import { p, right } from './fixturePage';

/** Where a fixture notice's paragraphs form a table: first paragraph, columns, cells. */
export interface FixtureTable {
  start: number;
  columns: number;
  cells: number;
}

/**
 * A fixture notice's body as markup, one element per paragraph (the signature right-aligned,
 * table cells in a table). `first` and `last` put markup (glued spam) into the first and last
 * paragraph, before and after the text.
 */
export function noticeBody(
  notice: FixtureNotice,
  options: { table?: FixtureTable; first?: string; last?: string } = {},
): string[] {
  const { paragraphs, signatureLines } = notice;
  const out: string[] = [];
  const table = options.table;
  for (let i = 0; i < paragraphs.length; i++) {
    if (table && i === table.start) {
      const cells = paragraphs.slice(i, i + table.cells);
      const rows: string[] = [];
      for (let r = 0; r < cells.length; r += table.columns) {
        rows.push(
          `<tr>${cells
            .slice(r, r + table.columns)
            .map((cell) => `<td>${esc(cell)}</td>`)
            .join('')}</tr>`,
        );
      }
      out.push(`<table border="1" cellspacing="0">${rows.join('')}</table>`);
      i += table.cells - 1;
      continue;
    }
    const text = paragraphs[i];
    const signature = i >= paragraphs.length - signatureLines && !text.startsWith('(');
    let markup = signature ? right(text) : p(text);
    if (i === 0 && options.first) markup = markup.replace('">', `">${options.first}`);
    if (i === paragraphs.length - 1 && options.last)
      markup = markup.replace('</p>', `${options.last}</p>`);
    out.push(markup);
  }
  return out;
}
