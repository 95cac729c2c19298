import { escapeUTF8 } from 'entities';
import { toSimplified } from '../../text';
import { htmlToBlocks, textToBlocks } from '../blocks';
import { chinaDateToDate, extractMetadata, removeChrome } from '../extract';
import type { PageBlock, Removal } from '../pageBlock';
import { detectSpam } from '../spam';
import {
  decodePage,
  normalizeForComparison,
  removePinyinAnnotations,
  repairMojibake,
} from '../text';
import type { ImportedPage, ImportPageOptions } from './importedPage';

/** Markup that says a page is HTML rather than crawled plain text. */
const HTML_MARKUP = /<(?:!doctype|html|head|body|p|div|br|table|span|a)\b/i;
/** Share of Han characters that simplification changes above which a page counts as traditional. */
const TRADITIONAL_SHARE = 0.02;

/**
 * A crawled page in, a clean structured notice out. The steps, each recorded in the report:
 * decode (BOM, valid UTF-8, declared or detected GB18030/Big5) → blocks (HTML elements or text
 * lines) → repair mis-decoded runs and remove pinyin annotations in each block → remove hidden
 * content and injected spam (a page whose main content is spam is QUARANTINED) → remove site
 * chrome (keeping the 网站标识码) → read the metadata and the body. The text keeps its script;
 * the fingerprint is simplified for comparison.
 */
export function importPage(
  input: Uint8Array | string,
  options: ImportPageOptions = {},
): ImportedPage {
  const decoded =
    typeof input === 'string'
      ? { text: input, encoding: 'UTF-8', from: 'input', warnings: [] as string[] }
      : decodePage(input, { declaredCharset: options.declaredCharset ?? null });
  const isHtml = HTML_MARKUP.test(decoded.text);
  const page = isHtml
    ? htmlToBlocks(decoded.text)
    : { blocks: textToBlocks(decoded.text), title: null, metaTags: {} };

  const removals: Removal[] = [];
  const repairs: { from: string; to: string }[] = [];
  const unrecoverable: string[] = [];
  const repaired = page.blocks.map((block): PageBlock => {
    const mojibake = repairMojibake(block.text);
    for (const r of mojibake.repairs) repairs.push({ from: r.from, to: r.to });
    for (const u of mojibake.unrecoverable) unrecoverable.push(u.text);
    const pinyin = removePinyinAnnotations(mojibake.text);
    for (const p of pinyin.removed)
      removals.push({
        kind: 'PINYIN',
        reason: 'PINYIN_ANNOTATION',
        blockIndex: block.index,
        text: p.text,
      });
    return pinyin.text === block.text ? block : { ...block, text: pinyin.text };
  });

  const htmlTitle =
    page.title === null ? null : removePinyinAnnotations(repairMojibake(page.title).text).text;
  const spam = detectSpam(repaired, { siteDomains: options.siteDomains ?? [], title: htmlTitle });
  removals.push(...spam.removals);
  const dropped = new Set(spam.spamBlockIndexes);
  const cleaned = new Map(spam.partialCleanups.map((c) => [c.blockIndex, c.text]));
  const visible = repaired
    .filter((block) => !dropped.has(block.index) && !block.hidden)
    .map((block) => {
      const text = cleaned.get(block.index);
      // The links cut out with the spam go too: left in, they would make the cleaned line look
      // like a link list (navigation) to the chrome step.
      return text === undefined
        ? block
        : {
            ...block,
            text,
            links: block.links.filter((link) => link.text !== '' && text.includes(link.text)),
          };
    })
    .filter((block) => block.text !== '');

  const chrome = removeChrome(visible);
  removals.push(...chrome.removals);
  const meta = extractMetadata(chrome.content, {
    htmlTitle,
    metaTags: page.metaTags,
    sourceUrl: options.sourceUrl ?? null,
    chromeRemovals: chrome.removals,
  });

  const title = meta.title?.value ?? '';
  const paragraphs = meta.body.paragraphs;
  const text = paragraphs.join('\n');
  const problems: string[] = [];
  if (title === '') problems.push('no title found');
  if (paragraphs.length === 0) problems.push('no body text found');
  const quarantined = spam.verdict.quarantined;
  const fields = [
    ['title', meta.title],
    ['docNumber', meta.docNumber],
    ['indexNumber', meta.indexNumber],
    ['issuer', meta.issuer],
    ['category', meta.category],
    ['kind', meta.kind],
    ['signedAt', meta.signedAt],
    ['publishedAt', meta.publishedAt],
  ] as const;

  return {
    outcome: quarantined ? 'QUARANTINED' : problems.length > 0 ? 'UNUSABLE' : 'READY',
    problems,
    notice: {
      title,
      docNumber: meta.docNumber?.value ?? null,
      indexNumber: meta.indexNumber?.value ?? null,
      issuer: meta.issuer?.value ?? null,
      category: meta.category?.value ?? null,
      topics: meta.topics.map((t) => t.value),
      keywords: meta.keywords?.value ?? [],
      kind: meta.kind.value,
      signedAt: meta.signedAt ? chinaDateToDate(meta.signedAt.value) : null,
      publishedAt: meta.publishedAt ? chinaDateToDate(meta.publishedAt.value) : null,
      paragraphs,
      bodyHtml: paragraphs.map((p) => `<p>${escapeUTF8(p)}</p>`).join('\n'),
    },
    fingerprint: { title: normalizeForComparison(title), text: normalizeForComparison(text) },
    report: {
      sourceUrl: options.sourceUrl ?? null,
      encoding: decoded.encoding,
      encodingFrom: decoded.from,
      traditional: isTraditional(`${title}${text}`),
      fields: fields.flatMap(([field, found]) =>
        found ? [{ field, from: found.source.from, confidence: found.source.confidence }] : [],
      ),
      removals: removals.map(({ kind, reason, text: removed }) => ({
        kind,
        reason,
        text: removed.slice(0, 200),
      })),
      repairs,
      unrecoverable,
      warnings: [...decoded.warnings, ...meta.warnings],
      quarantineReasons: quarantined ? spam.verdict.reasons : [],
      citations: meta.citations,
      siteCode: chrome.siteCode,
    },
  };
}

function isTraditional(text: string): boolean {
  const simplified = toSimplified(text);
  let han = 0;
  let changed = 0;
  const a = [...text];
  const b = [...simplified];
  for (let i = 0; i < a.length; i += 1) {
    if (!/\p{Script=Han}/u.test(a[i])) continue;
    han += 1;
    if (a[i] !== b[i]) changed += 1;
  }
  return han > 0 && changed / han >= TRADITIONAL_SHARE;
}
