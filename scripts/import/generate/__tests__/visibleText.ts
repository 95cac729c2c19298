import { decodePage } from '../encodePage';
import type { GeneratedPage, PageEncoding, PageFormat, PageTruth } from '../pageTypes';

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&nbsp;': ' ',
};
const PINYIN = /\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;

/** The decoded page with tags dropped (inline markup joins up) and entities decoded. */
export function visibleText(page: GeneratedPage): string {
  return decodeVisible(page.bytes, page.options.encoding, page.options.format);
}

export function decodeVisible(
  bytes: Uint8Array,
  encoding: PageEncoding,
  format: PageFormat,
): string {
  const decoded = decodePage(bytes, encoding);
  if (format === 'text') return decoded;
  return decoded
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|nbsp);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Removes converter pinyin (發(fā) → 發), as the truth is written. */
export function withoutPinyin(text: string): string {
  return text.replace(PINYIN, '');
}

export function hasPinyin(text: string): boolean {
  return new RegExp(PINYIN.source).test(text);
}

/** What of the truth the page does not show; empty when the truth matches the bytes. */
export function truthProblems(page: GeneratedPage): string[] {
  return truthProblemsIn(page.fileName, withoutPinyin(visibleText(page)), page.truth);
}

/** The same for any page text (pinyin already removed) and truth. */
export function truthProblemsIn(name: string, visible: string, truth: PageTruth): string[] {
  const problems: string[] = [];
  const expect = (what: string, value: string) => {
    if (!visible.includes(value)) problems.push(`${name}: ${what} not in page: ${value}`);
  };
  expect('title', truth.title);
  expect('issuer', truth.issuer);
  if (truth.docNumber !== null) expect('docNumber', truth.docNumber);
  if (truth.indexNumber !== null) expect('indexNumber', truth.indexNumber);
  truth.paragraphs.forEach((paragraph, i) => expect(`paragraph ${i}`, paragraph));
  truth.spam.forEach((spam, i) => expect(`spam ${i} (${spam.kind})`, spam.text));
  const [year, month, day] = truth.publishedAt.split('-');
  if (
    ![`${year}-${month}-${day}`, `${year}/${month}/${day}`, `${year}年${month}月${day}日`].some(
      (form) => visible.includes(form),
    )
  ) {
    problems.push(`${name}: publishedAt ${truth.publishedAt} not in page`);
  }
  if (truth.paragraphs.some((paragraph) => hasPinyin(paragraph)))
    problems.push(`${name}: pinyin in the truth`);
  return problems;
}
