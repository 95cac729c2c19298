import type { Request, RequestHandler } from 'express';
import { ErrorCode } from '../../core/errors';
import { MAX_QUERY_TOKENS, exceedsTokenLimit } from '../limits';
import { sendGraphQLError } from './sendGraphQLError';

/**
 * Refuses a GraphQL document of more than `maxTokens` tokens with 400
 * QUERY_TOO_COMPLEX before Apollo Server parses it: parsing is the one step
 * the operation limits (operationLimitsPlugin) cannot protect. Runs after the
 * body parser.
 */
export function tokenLimit(maxTokens = MAX_QUERY_TOKENS): RequestHandler {
  return (req, res, next) => {
    const source = documentOf(req);
    if (source !== null && exceedsTokenLimit(source, maxTokens)) {
      return sendGraphQLError(
        res,
        400,
        `the document has more than ${maxTokens} tokens`,
        ErrorCode.QUERY_TOO_COMPLEX,
      );
    }
    next();
  };
}

/** Where Apollo Server reads the document: `query` of a JSON body, or of the URL for GET. */
function documentOf(req: Request): string | null {
  if (req.method === 'GET') {
    return new URL(req.originalUrl, 'http://gateway').searchParams.get('query');
  }
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null || !('query' in body)) return null;
  return typeof body.query === 'string' ? body.query : null;
}
