import { BadUserInputError } from '../../../core/errors';
import { parseDocNumber } from '../../../core/docnumber';
import { parseIndexNumber } from '../../../core/text';
import { sanitizeBody, summarize } from '../../../core/html';
import type { Level } from '../../../core/levels';
import { parseNoticeId } from '../../../core/levels';
import type { NoticeDoc, SiteDoc } from '../../../core/model';
import { validateMandate } from '../../../core/syndication';
import type { NoticeInput, NoticeUpdateInput } from '../schema/inputs';

/** Fields of a notice a caller may set; everything else is managed by the commands. */
export type EditableFields = Pick<
  NoticeDoc,
  | 'title'
  | 'kind'
  | 'columnId'
  | 'docNumber'
  | 'indexNumber'
  | 'issuer'
  | 'category'
  | 'topics'
  | 'keywords'
  | 'disclosure'
  | 'validity'
  | 'signedAt'
  | 'url'
  | 'body'
  | 'summary'
  | 'interpretsId'
  | 'mandate'
>;

export const LIMITS = {
  title: 300,
  shortText: 200,
  url: 2048,
  body: 1_000_000,
  summary: 1000,
  listItems: 30,
  listItem: 60,
} as const;

const MAX_FUTURE_MS = 366 * 24 * 3600 * 1000;

/**
 * Checks and normalises what a caller sent. Every problem is a BAD_USER_INPUT
 * naming the field (`input.docNumber`), raised before anything is written.
 * `undefined` means "not given" (left unchanged by an update); `null` clears
 * an optional field.
 */
export function validateNoticeInput(
  input: NoticeInput | NoticeUpdateInput,
  site: SiteDoc,
  level: Level,
): Partial<EditableFields> {
  const out: Partial<EditableFields> = {};
  if (input.title !== undefined) out.title = requiredText(input.title, 'title', LIMITS.title);
  if (input.kind !== undefined) out.kind = input.kind ?? 'POLICY';
  if (input.mandate !== undefined)
    out.mandate = input.mandate === null ? null : validateMandate(input.mandate, site);
  if (input.columnId !== undefined) {
    if (input.columnId !== null && !site.columns.some((col) => col.id === input.columnId)) {
      throw new BadUserInputError(
        `site ${site._id} has no column "${input.columnId}"`,
        'input.columnId',
      );
    }
    out.columnId = input.columnId;
  }
  if (input.docNumber !== undefined) {
    const raw = optionalText(input.docNumber, 'docNumber', 64);
    if (raw === null) out.docNumber = null;
    else {
      const parsed = parseDocNumber(raw);
      if (!parsed.ok)
        throw new BadUserInputError(`malformed 文号: ${parsed.reason}`, 'input.docNumber');
      out.docNumber = parsed.value;
    }
  }
  if (input.indexNumber !== undefined) {
    const raw = optionalText(input.indexNumber, 'indexNumber', 64);
    if (raw !== null) {
      const parsed = parseIndexNumber(raw);
      if (!parsed.ok)
        throw new BadUserInputError(`malformed 索引号: ${parsed.reason}`, 'input.indexNumber');
    }
    out.indexNumber = raw;
  }
  if (input.issuer !== undefined)
    out.issuer = optionalText(input.issuer, 'issuer', LIMITS.shortText);
  if (input.category !== undefined)
    out.category = optionalText(input.category, 'category', LIMITS.shortText);
  if (input.topics !== undefined) out.topics = textList(input.topics, 'topics');
  if (input.keywords !== undefined) out.keywords = textList(input.keywords, 'keywords');
  if (input.disclosure !== undefined) out.disclosure = input.disclosure ?? 'PROACTIVE';
  if (input.validity !== undefined) out.validity = input.validity ?? 'IN_FORCE';
  if (input.signedAt !== undefined) {
    if (input.signedAt !== null && input.signedAt.getTime() > Date.now() + MAX_FUTURE_MS) {
      throw new BadUserInputError('signedAt is more than a year in the future', 'input.signedAt');
    }
    out.signedAt = input.signedAt;
  }
  if (input.url !== undefined) out.url = httpUrl(input.url);
  if (input.body !== undefined) {
    const body = requiredText(input.body, 'body', LIMITS.body);
    out.body = sanitizeBody(body);
  }
  if (input.summary !== undefined)
    out.summary = optionalText(input.summary, 'summary', LIMITS.summary);
  if (input.interpretsId !== undefined) {
    if (input.interpretsId !== null) {
      const parsed = parseNoticeId(input.interpretsId);
      if (!parsed || parsed.level !== level) {
        throw new BadUserInputError(
          'interpretsId must be the id of a notice of the same level',
          'input.interpretsId',
        );
      }
    }
    out.interpretsId = input.interpretsId;
  }
  if (out.body !== undefined && input.summary === undefined) out.summary = summarize(out.body);
  return out;
}

function requiredText(value: string | null, field: string, max: number): string {
  const text = value?.trim() ?? '';
  if (!text) throw new BadUserInputError(`${field} must not be empty`, `input.${field}`);
  if (text.length > max)
    throw new BadUserInputError(`${field} is longer than ${max} characters`, `input.${field}`);
  return text;
}

function optionalText(value: string | null, field: string, max: number): string | null {
  const text = value?.trim() ?? '';
  if (!text) return null;
  if (text.length > max)
    throw new BadUserInputError(`${field} is longer than ${max} characters`, `input.${field}`);
  return text;
}

function textList(values: string[] | null, field: string): string[] {
  const items = (values ?? []).map((v) => v.trim()).filter(Boolean);
  if (items.length > LIMITS.listItems) {
    throw new BadUserInputError(
      `${field} has more than ${LIMITS.listItems} items`,
      `input.${field}`,
    );
  }
  for (const item of items) {
    if (item.length > LIMITS.listItem) {
      throw new BadUserInputError(
        `an item of ${field} is longer than ${LIMITS.listItem} characters`,
        `input.${field}`,
      );
    }
  }
  return [...new Set(items)];
}

function httpUrl(value: string | null): string | null {
  const text = optionalText(value, 'url', LIMITS.url);
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new BadUserInputError('url is not a valid URL', 'input.url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new BadUserInputError('url must be http or https', 'input.url');
  }
  return url.toString();
}
