/**
 * Checks a JSON Feed against the version 1.1 spec
 * (https://www.jsonfeed.org/version/1.1/) field by field: what is required,
 * the type of every field it defines, and that anything else is an extension
 * (`_` then a letter). Returns the problems found, none for a valid feed.
 */
export function jsonFeed11Problems(body: string): string[] {
  const problems: string[] = [];
  let feed: unknown;
  try {
    feed = JSON.parse(body);
  } catch (error) {
    return [`not JSON: ${String(error)}`];
  }
  if (!isObject(feed)) return ['the feed is not an object'];
  if (feed.version !== 'https://jsonfeed.org/version/1.1') problems.push('version is not 1.1');
  if (typeof feed.title !== 'string') problems.push('title is required and a string');
  check(problems, 'feed', feed, FEED_FIELDS);
  if (!Array.isArray(feed.items)) return [...problems, 'items is required and an array'];
  for (const [index, item] of (feed.items as unknown[]).entries()) {
    const where = `items[${index}]`;
    if (!isObject(item)) {
      problems.push(`${where} is not an object`);
      continue;
    }
    if (typeof item.id !== 'string' || item.id === '')
      problems.push(`${where}.id is required and a string`);
    if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string') {
      problems.push(`${where} has neither content_html nor content_text`);
    }
    check(problems, where, item, ITEM_FIELDS);
  }
  return problems;
}

type Check = (value: unknown) => boolean;

const isString: Check = (value) => typeof value === 'string';
const isUrl: Check = (value) => typeof value === 'string' && URL.canParse(value);
const isBoolean: Check = (value) => typeof value === 'boolean';
/** RFC 3339 date-time. */
const isDate: Check = (value) =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
  !Number.isNaN(Date.parse(value));
/** An author has at least one of name, url, avatar, all strings. */
const isAuthors: Check = (value) =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every(
    (author: unknown) =>
      isObject(author) &&
      ['name', 'url', 'avatar'].some((key) => key in author) &&
      Object.entries(author).every(([key, field]) =>
        key === 'name' ? isString(field) : ['url', 'avatar'].includes(key) && isUrl(field),
      ),
  );

const FEED_FIELDS: Record<string, Check> = {
  version: isString,
  title: isString,
  home_page_url: isUrl,
  feed_url: isUrl,
  description: isString,
  user_comment: isString,
  next_url: isUrl,
  icon: isUrl,
  favicon: isUrl,
  authors: isAuthors,
  language: isString,
  expired: isBoolean,
  hubs: Array.isArray,
  items: Array.isArray,
};

const ITEM_FIELDS: Record<string, Check> = {
  id: isString,
  url: isUrl,
  external_url: isUrl,
  title: isString,
  content_html: isString,
  content_text: isString,
  summary: isString,
  image: isUrl,
  banner_image: isUrl,
  date_published: isDate,
  date_modified: isDate,
  authors: isAuthors,
  tags: (value) => Array.isArray(value) && value.every(isString),
  language: isString,
  attachments: Array.isArray,
};

function check(
  problems: string[],
  where: string,
  object: Record<string, unknown>,
  fields: Record<string, Check>,
): void {
  for (const [key, value] of Object.entries(object)) {
    const valid = fields[key];
    if (valid) {
      if (!valid(value)) problems.push(`${where}.${key} is not valid: ${JSON.stringify(value)}`);
    } else if (key === 'author') {
      problems.push(`${where}.author is JSON Feed 1.0 (1.1 has authors)`);
    } else if (!/^_[A-Za-z]/.test(key)) {
      problems.push(`${where}.${key} is neither a JSON Feed 1.1 field nor an extension`);
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
