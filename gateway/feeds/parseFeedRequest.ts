import type { Request } from 'express';
import type { FeedParameterName, FeedParameters } from './feedParameters';
import { DEFAULT_FEED_PARAMETERS, FEED_PARAMETERS, isFeedParameterName } from './feedParameters';
import { isFeedFormat } from './feedFormats';
import type { FeedRequest } from './FeedSource';

/** Site ids are 网站标识码 (`2101240002`) or `<portal code>-<serial>`. */
const FEED_FILE = /^([A-Za-z0-9_-]{1,64})\.([a-z]+)$/;

export interface FeedParameterError {
  /** The query parameter, as the client spelled it. */
  parameter: string;
  message: string;
}

export type ParsedFeedRequest =
  | { ok: true; request: FeedRequest }
  /** Not a feed's path: an unknown extension or a site id no site can have. */
  | { ok: false; status: 404 }
  /** One error per bad parameter: unknown, repeated, or a bad value. */
  | { ok: false; status: 400; errors: FeedParameterError[] };

/**
 * `GET /feeds/sites/:file` → what to ask the FeedSource for. The query string
 * is read from the URL itself, whatever query parser the app is set up with.
 */
export function parseFeedRequest(req: Pick<Request, 'params' | 'originalUrl'>): ParsedFeedRequest {
  const { file: path } = req.params;
  const file = FEED_FILE.exec(typeof path === 'string' ? path : '');
  const siteId = file?.[1];
  const format = file?.[2];
  if (siteId === undefined || format === undefined || !isFeedFormat(format)) {
    return { ok: false, status: 404 };
  }
  const query = req.originalUrl.indexOf('?');
  const search = new URLSearchParams(query === -1 ? '' : req.originalUrl.slice(query + 1));

  let parameters: FeedParameters = { ...DEFAULT_FEED_PARAMETERS };
  const errors: FeedParameterError[] = [];
  for (const name of new Set(search.keys())) {
    if (!isFeedParameterName(name)) {
      errors.push({ parameter: name, message: unknownParameter(name) });
      continue;
    }
    const values = search.getAll(name);
    if (values.length > 1) {
      errors.push({ parameter: name, message: `${name} is given more than once` });
      continue;
    }
    const parsed = parse(name, values[0] ?? '');
    if ('error' in parsed) errors.push({ parameter: name, message: parsed.error });
    else parameters = { ...parameters, ...parsed.value };
  }
  if (errors.length > 0) return { ok: false, status: 400, errors };
  return { ok: true, request: { siteId, format, ...parameters } };
}

function parse(
  name: FeedParameterName,
  raw: string,
): { value: Partial<FeedParameters> } | { error: string } {
  return FEED_PARAMETERS[name](raw);
}

function unknownParameter(name: string): string {
  const known = Object.keys(FEED_PARAMETERS).join(', ');
  return `unknown parameter ${JSON.stringify(name)}; a feed takes ${known}`;
}
