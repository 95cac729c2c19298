import { htmlToPlainText } from './htmlToPlainText';

const SENTENCE_ENDS = new Set(['。', '！', '？', '!', '?', '；', ';']);
const CLAUSE_ENDS = new Set(['，', '、', '：', ',', ':']);
const ELLIPSIS = '…';

/**
 * A short plain-text summary of an HTML body: its opening sentence(s), at most `maxChars`
 * characters (code points) including the ellipsis added when the text was cut.
 *
 * Cuts after the last full sentence that fits; failing that (a first sentence longer than the
 * budget, common in Chinese official prose) at the last clause break, replacing the comma with
 * the ellipsis; failing that, mid-text. A break in the first third is not used, as it would
 * leave a stub such as just the salutation.
 */
export function summarize(html: string, maxChars = 120): string {
  if (!Number.isInteger(maxChars) || maxChars < 2) {
    throw new RangeError(`maxChars must be an integer of at least 2, got ${maxChars}`);
  }
  const chars = Array.from(joinLines(htmlToPlainText(html)));
  if (chars.length <= maxChars) return chars.join('');

  const window = chars.slice(0, maxChars - ELLIPSIS.length);
  const minimum = Math.floor(window.length / 3);
  const sentenceEnd = lastIndexIn(window, SENTENCE_ENDS);
  if (sentenceEnd >= minimum) return cut(window, sentenceEnd + 1);
  const clauseEnd = lastIndexIn(window, CLAUSE_ENDS);
  if (clauseEnd >= minimum) return cut(window, clauseEnd);
  return cut(window, window.length);
}

/** Paragraphs run together: Chinese needs no separator, Latin words need a space. */
function joinLines(text: string): string {
  return text
    .split('\n')
    .reduce((joined, line) =>
      /[A-Za-z0-9]$/.test(joined) && /^[A-Za-z0-9]/.test(line)
        ? `${joined} ${line}`
        : joined + line,
    );
}

function lastIndexIn(chars: string[], set: ReadonlySet<string>): number {
  for (let i = chars.length - 1; i >= 0; i--) if (set.has(chars[i])) return i;
  return -1;
}

function cut(chars: string[], end: number): string {
  return chars.slice(0, end).join('').trimEnd() + ELLIPSIS;
}
