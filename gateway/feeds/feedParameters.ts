import type { FeedRequest } from './FeedSource';

/** What the query string sets: every FeedRequest field but the path's. */
export type FeedParameters = Omit<FeedRequest, 'siteId' | 'format'>;

export const DEFAULT_FEED_LIMIT = 50;
export const MAX_FEED_LIMIT = 1000;
const MAX_COLUMN_LENGTH = 100;
const MAX_QUERY_LENGTH = 200;
const MAX_CURSOR_LENGTH = 500;

const CONTROL_CHARACTERS = /\p{Cc}/u;
const REGION_CODE = /^(?:\d{2}|\d{4}|\d{6})$/;
const CURSOR = /^[A-Za-z0-9_-]+$/;
const INTEGER = /^\d+$/;
const LEVELS = ['COUNTY', 'CITY', 'PROVINCE'] as const;

type Parsed<T> = { value: T } | { error: string };

/** A parser per query parameter: its raw value (as decoded from the URL) → a FeedParameters field. */
export const FEED_PARAMETERS = {
  column: (raw: string): Parsed<Pick<FeedParameters, 'columnId'>> =>
    raw.length === 0 || [...raw].length > MAX_COLUMN_LENGTH || CONTROL_CHARACTERS.test(raw)
      ? { error: `column must be a column id of 1 to ${MAX_COLUMN_LENGTH} characters` }
      : { value: { columnId: raw } },

  region: (raw: string): Parsed<Pick<FeedParameters, 'regionCode'>> =>
    REGION_CODE.test(raw)
      ? { value: { regionCode: raw } }
      : { error: 'region must be a 行政区划代码 prefix of 2, 4 or 6 digits' },

  level: (raw: string): Parsed<Pick<FeedParameters, 'level'>> => {
    const level = LEVELS.find((name) => name === raw.toUpperCase());
    return level ? { value: { level } } : { error: 'level must be county, city or province' };
  },

  /** An empty or blank search is no search (a form's empty box sends `q=`). */
  q: (raw: string): Parsed<Pick<FeedParameters, 'query'>> => {
    const query = raw.trim();
    if ([...query].length > MAX_QUERY_LENGTH) {
      return { error: `q must be at most ${MAX_QUERY_LENGTH} characters` };
    }
    if (CONTROL_CHARACTERS.test(query)) return { error: 'q must not contain control characters' };
    return { value: { query: query.length > 0 ? query : null } };
  },

  before: (raw: string): Parsed<Pick<FeedParameters, 'before'>> =>
    raw.length <= MAX_CURSOR_LENGTH && CURSOR.test(raw)
      ? { value: { before: raw } }
      : {
          error: `before must be a paging cursor (a next link's) of 1 to ${MAX_CURSOR_LENGTH} characters A-Z a-z 0-9 _ -`,
        },

  limit: (raw: string): Parsed<Pick<FeedParameters, 'limit'>> => {
    const limit = INTEGER.test(raw) ? Number(raw) : NaN;
    return limit >= 1 && limit <= MAX_FEED_LIMIT
      ? { value: { limit } }
      : { error: `limit must be an integer from 1 to ${MAX_FEED_LIMIT}` };
  },
};

export type FeedParameterName = keyof typeof FEED_PARAMETERS;

export const DEFAULT_FEED_PARAMETERS: FeedParameters = {
  columnId: null,
  regionCode: null,
  level: null,
  query: null,
  before: null,
  limit: DEFAULT_FEED_LIMIT,
};

export function isFeedParameterName(name: string): name is FeedParameterName {
  return Object.hasOwn(FEED_PARAMETERS, name);
}
