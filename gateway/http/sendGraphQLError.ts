import type { Response } from 'express';
import type { ErrorCode } from '../../core/errors';

/** Codes of Apollo Server's that the gateway's own middleware also answers with. */
export type HttpErrorCode = ErrorCode | 'BAD_REQUEST';

/**
 * Answers a request refused before GraphQL runs (body too large, rate
 * limited, ...) the way Apollo Server answers one it refuses: a JSON body
 * `{ errors: [{ message, extensions: { code } }] }`, never a stack trace.
 */
export function sendGraphQLError(
  res: Response,
  status: number,
  message: string,
  code: HttpErrorCode,
): void {
  res
    .status(status)
    .set('cache-control', 'no-store')
    .json({ errors: [{ message, extensions: { code } }] });
}
