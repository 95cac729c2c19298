import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../../core/errors';

/**
 * A refused operation: a client error with a govhub code and HTTP 400 (Apollo
 * Server reads `extensions.http`; formatError strips it from the body).
 */
export function limitError(
  message: string,
  code: ErrorCode,
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status: 400 } } });
}
