import type { ErrorRequestHandler } from 'express';
import { ErrorCode } from '../../core/errors';
import type { Logger } from '../../core/logging';
import { sendGraphQLError } from './sendGraphQLError';

export interface ErrorHandlerOptions {
  logger: Logger;
  /** The body parser's limit, for the 413 message. */
  maxRequestBytes: number;
}

/**
 * Express errors (a body that is too large or not JSON, a missing asset) as
 * GraphQL-shaped JSON, never a stack trace; server errors are logged.
 */
export function errorHandler({
  logger,
  maxRequestBytes,
}: ErrorHandlerOptions): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const status = httpStatusOf(error);
    if (status >= 500) logger.error({ err: error }, 'http error');
    if (res.headersSent) return;
    if (status === 413) {
      return sendGraphQLError(
        res,
        413,
        `the request body is larger than ${maxRequestBytes} bytes`,
        ErrorCode.PAYLOAD_TOO_LARGE,
      );
    }
    if (status >= 500) {
      return sendGraphQLError(
        res,
        status,
        'Internal server error',
        ErrorCode.INTERNAL_SERVER_ERROR,
      );
    }
    sendGraphQLError(res, status, 'Bad request', 'BAD_REQUEST');
  };
}

function httpStatusOf(error: unknown): number {
  if (typeof error !== 'object' || error === null || !('status' in error)) return 500;
  const status = error.status;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
