import type { RequestHandler } from 'express';
import { ErrorCode } from '../../core/errors';
import { sendGraphQLError } from './sendGraphQLError';

/** The last handler: 404 NOT_FOUND as GraphQL-shaped JSON instead of Express's HTML page. */
export function notFound(): RequestHandler {
  return (_req, res) => sendGraphQLError(res, 404, 'Not found', ErrorCode.NOT_FOUND);
}
