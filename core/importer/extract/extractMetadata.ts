import { findDocNumbers } from '../../docnumber/findDocNumbers';
import { parseDocNumber } from '../../docnumber/parseDocNumber';
import type { DocNumberDoc } from '../../model/notice';
import { parseIndexNumber } from '../../text/indexNumber';
import { toSimplified } from '../../text/toSimplified';
import type { FieldSource, PageBlock } from '../pageBlock';
import { bodyParagraphs } from './bodyParagraphs';
import type { ChinaDate } from './chinaDate';
import { findChinaDate, formatChinaDate } from './chinaDate';
import { chromeReason } from './chromePatterns';
import { collectTopics } from './collectTopics';
import type { KindReason } from './classifyKind';
import { classifyKind } from './classifyKind';
import type { Extracted, ExtractedNotice, ExtractHints } from './extractedNotice';
import { findCitations } from './findCitations';
import { isProse } from './isProse';
import type { LabelField } from './labelledFields';
import { locateNotice } from './locateNotice';
import { normalizeBlocks } from './normalizedBlock';
import { noticeWarnings } from './noticeWarnings';
import { endsLikeOrg } from './isOrgName';
import type { LabelledValue } from './readLabelledValues';
import { readLabelledValues } from './readLabelledValues';
import { readPageHints } from './readPageHints';
import { splitColumnPrefix, stripBrackets } from './isTitleLike';

/** Labels that say 日期/时间 without saying which date: less sure than 发布日期. */
const GENERIC_DATE_LABELS = new Set(['日期', '时间']);
const DISCLOSURE_NOTE = /^[(（]\s*此件/;

/**
 * Reads the notice's fields from its blocks, after removeChrome (chrome-like lines left in are
 * passed over when looking for the title and signature, but stay in the body). The body is
 * every block after the title but the metadata lines, a 文号 line and an unlabelled date line
 * under the title; the signature stays in it. Labelled metadata wins over position:
 * a `文号:` field over a 文号 line under the title over one at the end of the title; a 文号 the
 * body cites is never taken. Labels are matched in simplified form; values are returned as
 * printed, so a traditional page gives traditional values.
 */
export function extractMetadata(
  content: readonly PageBlock[],
  hints: ExtractHints = {},
): ExtractedNotice {
  const nbs = normalizeBlocks(content);
  const chromeLike = nbs.map((nb) => chromeReason(nb.norm, isProse(nb.norm)) !== null);
  const skip = (p: number): boolean => chromeLike[p];
  const layout = locateNotice(nbs, skip);
  const labelled = readLabelledValues(nbs, layout.metadata);
  const page = readPageHints(hints);
  const first = (field: LabelField): LabelledValue | undefined =>
    labelled.find((v) => v.field === field);
  const at = (p: number): PageBlock => content[p];

  const rawTitle = readTitle();
  const { title: titleText, column } = splitColumnPrefix(rawTitle?.value ?? '');
  const title = rawTitle ? { value: titleText, source: rawTitle.source } : null;
  const warnings: string[] = [];

  const signature = layout.signature;
  const issuer = readIssuer();
  const signedAt = readSignedAt();
  const publishedAt = readPublishedAt();
  const docNumber = readDocNumber();
  const indexNumber = readIndexNumber();

  const bodyPositions: number[] = [];
  // The signature (落款) and its date stay in the body as well: they are part of the document
  // as published, and a copy (转载) must carry them; issuer and signedAt are read from them too.
  const excluded = new Set(layout.metadata);
  for (
    let p = layout.title ? layout.title.position + 1 : layout.bodyStart;
    p < content.length;
    p++
  ) {
    if (!excluded.has(p) && p !== layout.docNumberLine && p !== layout.headerDate)
      bodyPositions.push(p);
  }
  while (bodyPositions.length > 0 && skip(bodyPositions[bodyPositions.length - 1]))
    bodyPositions.pop();
  const { paragraphs, blockIndexes } = bodyParagraphs(bodyPositions.map(at));
  const body = {
    paragraphs,
    blockIndexes,
    source: {
      from: 'body',
      blockIndex: blockIndexes[0] ?? null,
      confidence: layout.salutation !== null || layout.title ? 0.9 : 0.6,
    },
  };

  const { category, topics } = collectTopics({
    labelled,
    column,
    title: rawTitle?.source ?? null,
    page,
  });
  const keywordsField = first('keywords');
  const keywords = keywordsField
    ? {
        value: keywordsField.value.split(/[,，;；、\s]+/u).filter((k) => k !== ''),
        source: { from: keywordsField.from, blockIndex: keywordsField.blockIndex, confidence: 1 },
      }
    : page.keywords.length > 0
      ? { value: page.keywords, source: { from: 'meta-tag', blockIndex: null, confidence: 0.5 } }
      : null;

  const kindFound = classifyKind({
    title: title?.value ?? null,
    hasDocNumber: docNumber !== null,
    issuer: issuer?.value ?? null,
    columns: topics.map((t) => t.value),
    hasDisclosureNote: paragraphs.some((p) => DISCLOSURE_NOTE.test(p)),
  });
  const kindSources: Record<KindReason, FieldSource> = {
    title: { from: 'title', blockIndex: title?.source.blockIndex ?? null, confidence: 0.8 },
    column: { from: 'category', blockIndex: null, confidence: 0.7 },
    docNumber: {
      from: 'docNumber',
      blockIndex: docNumber?.source.blockIndex ?? null,
      confidence: 0.8,
    },
    body: { from: 'body', blockIndex: null, confidence: 0.6 },
    default: { from: 'derived', blockIndex: null, confidence: 0.5 },
  };
  const kindSource = kindSources[kindFound.why];

  const citations = findCitations([...(title ? [title.value] : []), ...paragraphs]);
  warnings.push(...noticeWarnings({ title, docNumber, issuer, signedAt, publishedAt, paragraphs }));

  return {
    title,
    docNumber,
    indexNumber,
    issuer,
    category,
    topics,
    keywords,
    kind: { value: kindFound.kind, source: kindSource },
    signedAt,
    publishedAt,
    body,
    citations,
    warnings,
  };

  function readTitle(): Extracted<string> | null {
    const field = first('title');
    if (field) return extracted(field.value, field.from, field.blockIndex, 1);
    if (layout.title) {
      const block = at(layout.title.position);
      return extracted(block.text.trim(), 'title', block.index, layout.title.confidence);
    }
    if (page.articleTitle) return extracted(page.articleTitle, 'meta-tag', null, 0.7);
    if (page.htmlTitle) return extracted(page.htmlTitle, 'html-title', null, 0.5);
    return null;
  }

  function readIssuer(): Extracted<string> | null {
    const field = first('issuer');
    if (field) return extracted(field.value, field.from, field.blockIndex, 1);
    if (signature && signature.issuers.length > 0) {
      const position = signature.issuerPositions[0] ?? signature.datePosition;
      return extracted(signature.issuers.join('、'), 'signature', at(position).index, 0.9);
    }
    const source = first('source');
    if (source) return extracted(source.value, source.from, source.blockIndex, 0.6);
    if (page.contentSource) return extracted(page.contentSource, 'meta-tag', null, 0.5);
    const prefix = /^(.{2,30}?)关于/u.exec(toSimplified(titleText));
    if (title && prefix && endsLikeOrg(prefix[1])) {
      return extracted(titleText.slice(0, prefix[1].length), 'title', title.source.blockIndex, 0.4);
    }
    return null;
  }

  function readSignedAt(): Extracted<string> | null {
    const field = first('signedAt');
    const labelledDate = field ? findChinaDate(field.norm)?.date : undefined;
    if (field && labelledDate) return dated(labelledDate, field.from, field.blockIndex, 1);
    if (signature) return dated(signature.date, 'signature', at(signature.datePosition).index, 0.9);
    return null;
  }

  function readPublishedAt(): Extracted<string> | null {
    const fields = labelled.filter((v) => v.field === 'publishedAt');
    const ordered = [
      ...fields.filter((v) => !GENERIC_DATE_LABELS.has(v.label)),
      ...fields.filter((v) => GENERIC_DATE_LABELS.has(v.label)),
    ];
    for (const field of ordered) {
      const date = findChinaDate(field.norm)?.date;
      const sure = GENERIC_DATE_LABELS.has(field.label) ? 0.8 : 1;
      if (date) return dated(date, field.from, field.blockIndex, sure);
    }
    if (layout.headerDate !== null) {
      const date = findChinaDate(nbs[layout.headerDate].norm)?.date;
      if (date) return dated(date, 'header', at(layout.headerDate).index, 0.6);
    }
    if (page.pubDate) return dated(page.pubDate, 'meta-tag', null, 0.6);
    if (page.urlDate) return dated(page.urlDate, 'url', null, 0.3);
    return null;
  }

  function readDocNumber(): Extracted<DocNumberDoc> | null {
    const field = first('docNumber');
    if (field) {
      const parsed = parseDocNumber(stripBrackets(field.value));
      if (parsed.ok) return extracted(parsed.value, field.from, field.blockIndex, 1);
      const found = findDocNumbers(field.value)[0];
      if (found) return extracted(found, field.from, field.blockIndex, 0.8);
      warnings.push(`文号 "${field.value}" could not be parsed: ${parsed.reason}`);
    }
    if (layout.docNumberLine !== null) {
      const block = at(layout.docNumberLine);
      const parsed = parseDocNumber(stripBrackets(block.text));
      if (parsed.ok) return extracted(parsed.value, 'header', block.index, 0.9);
    }
    if (title) {
      const own = findDocNumbers(title.value).find((d) => framesTitle(title.value, d.raw));
      if (own) return extracted(own, 'title', title.source.blockIndex, 0.7);
    }
    return null;
  }

  function readIndexNumber(): Extracted<string> | null {
    const field = first('indexNumber');
    if (!field) return null;
    const parsed = parseIndexNumber(field.value);
    if (parsed.ok) return extracted(parsed.value.raw, field.from, field.blockIndex, 1);
    warnings.push(`索引号 "${field.value}" could not be parsed: ${parsed.reason}`);
    return extracted(field.value, field.from, field.blockIndex, 0.5);
  }
}

/*
 * A title names its own 文号 at its very start or end (…的意见(法政办发〔2022〕5号)); one in
 * the middle is the document it forwards (关于转发国办发〔2013〕100号文件的通知).
 */
function framesTitle(title: string, raw: string): boolean {
  const at = title.indexOf(raw);
  if (at < 0) return false;
  const before = title.slice(0, at);
  const after = title.slice(at + raw.length);
  if (before.trim() === '') return /^\s/.test(after);
  const bracketed = /[(（[【]\s*$/.test(before) && /^\s*[)）\]】]\s*$/.test(after);
  return bracketed || (after.trim() === '' && /\s$/.test(before));
}

function extracted<T>(
  value: T,
  from: string,
  blockIndex: number | null,
  confidence: number,
): Extracted<T> {
  return { value, source: { from, blockIndex, confidence } };
}

function dated(
  date: ChinaDate,
  from: string,
  blockIndex: number | null,
  confidence: number,
): Extracted<string> {
  return extracted(formatChinaDate(date), from, blockIndex, confidence);
}
