/**
 * Comparing what importPage read with what a page truly holds (the generator's truth, a fixture's
 * `.expected.json`, the lines of a real page). Shared by the import benchmark and the pipeline
 * tests, so both count a lost paragraph or a spam leftover the same way.
 */
import type { InjectedSpam } from '../import/generate';

const SIGNATURE_DATE =
  /^(?:\d{4}年\d{1,2}月\d{1,2}日|[〇零○O0一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/u;
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar day of an instant in China time, `YYYY-MM-DD`; null for null. */
export function chinaDay(date: Date | null): string | null {
  return date === null
    ? null
    : new Date(date.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The expected paragraphs that are not in `actual` exactly and in order: each is looked for after
 * the one found before it, so a paragraph found out of place counts as missing.
 */
export function missingParagraphs(
  expected: readonly string[],
  actual: readonly string[],
): string[] {
  const missing: string[] = [];
  let from = 0;
  for (const paragraph of expected) {
    const at = actual.indexOf(paragraph, from);
    if (at < 0) missing.push(paragraph);
    else from = at + 1;
  }
  return missing;
}

/**
 * Why expected paragraphs are missing from `actual`: still shown as a line of a paragraph that
 * joins several (`joined`), shown only inside a longer line, with something glued to it
 * (`damaged`), or gone (`lost`: a legitimate sentence removed).
 */
export function classifyMissing(
  missing: readonly string[],
  actual: readonly string[],
): { joined: string[]; damaged: string[]; lost: string[] } {
  const lines = new Set(actual.flatMap((p) => p.split('\n')));
  const shown = actual.join('\n');
  return {
    joined: missing.filter((p) => lines.has(p)),
    damaged: missing.filter((p) => !lines.has(p) && shown.includes(p)),
    lost: missing.filter((p) => !shown.includes(p)),
  };
}

/**
 * The signature block of a notice's paragraphs: the last line that is only a date (成文日期) and
 * the line above it when that is the issuer. The rest is the body.
 */
export function splitSignature(
  paragraphs: readonly string[],
  issuer: string | null,
): { body: string[]; signature: string[] } {
  let date = -1;
  for (let i = paragraphs.length - 1; i >= 0 && date < 0; i--) {
    if (SIGNATURE_DATE.test(paragraphs[i])) date = i;
  }
  if (date < 0) return { body: [...paragraphs], signature: [] };
  const first = date > 0 && paragraphs[date - 1] === issuer ? date - 1 : date;
  return {
    body: [...paragraphs.slice(0, first), ...paragraphs.slice(date + 1)],
    signature: paragraphs.slice(first, date + 1),
  };
}

/**
 * The injected spam still shown by the import: a spam text that occurs in the output (title and
 * paragraphs) more often than in the page's legitimate content. Counting against the legitimate
 * text matters for short link texts (办证, 刷单) that a clean sentence may also contain.
 */
export function spamLeft(
  spam: readonly InjectedSpam[],
  legitimate: readonly string[],
  output: readonly string[],
): InjectedSpam[] {
  const legit = legitimate.join('\n');
  const shown = output.join('\n');
  const injected = new Map<string, number>();
  for (const item of spam) injected.set(item.text, (injected.get(item.text) ?? 0) + 1);
  const left = new Map<string, number>();
  for (const text of injected.keys()) {
    left.set(text, Math.max(0, occurrences(shown, text) - occurrences(legit, text)));
  }
  return spam.filter((item) => {
    const remaining = left.get(item.text) ?? 0;
    if (remaining <= 0) return false;
    left.set(item.text, remaining - 1);
    return true;
  });
}

/** Non-overlapping occurrences of `needle` in `text`. */
export function occurrences(text: string, needle: string): number {
  if (needle === '') return 0;
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    count += 1;
  }
  return count;
}

/**
 * Removes converter pinyin after Han characters (區(qū), 發(fā)): a parenthesised lower-case
 * syllable with a tone mark. Independent of the importer's own remover, to check it.
 */
export function stripToneMarkedPinyin(text: string): string {
  return text.replace(/(?<=\p{Script=Han})\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/gu, '');
}
