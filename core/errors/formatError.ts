import type { GraphQLFormattedError } from 'graphql';
import {
  ApolloServerErrorCode,
  ApolloServerValidationErrorCode,
  unwrapResolverError,
} from '@apollo/server/errors';
import { ErrorCode } from './errorCodes';

/** What formatError needs from a logger; a pino logger fits. */
export interface ErrorLogger {
  error(details: object, message: string): void;
}

export type FormatError = (
  formatted: GraphQLFormattedError,
  error: unknown,
) => GraphQLFormattedError;

export const MASKED_MESSAGE = 'Internal server error';

/**
 * Codes whose message is written for the client: govhub's own (core/errors)
 * and Apollo Server's codes for a client's own mistakes (parse, validation,
 * bad request, CSRF). INTERNAL_SERVER_ERROR is never among them: Apollo gives
 * that code to every error that has none.
 */
const CLIENT_CODES: ReadonlySet<string> = new Set([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerValidationErrorCode.INTROSPECTION_DISABLED,
  ApolloServerValidationErrorCode.MAX_RECURSIVE_SELECTIONS_EXCEEDED,
]);

/** Extensions that describe the server, not the client's request. */
const SERVER_EXTENSIONS: ReadonlySet<string> = new Set([
  'exception',
  'stacktrace',
  'serviceName',
  'http',
]);

/**
 * Apollo Server's `formatError` for the gateway and every subgraph. Errors
 * with a client-facing code keep their message, code and details (`field`,
 * `currentVersion`, ...); everything else becomes INTERNAL_SERVER_ERROR
 * 'Internal server error' and is logged with the original error. Never throws.
 */
export function createFormatError(logger?: ErrorLogger): FormatError {
  return (formatted, error) => {
    try {
      const code = formatted.extensions?.code;
      if (typeof code === 'string' && CLIENT_CODES.has(code)) return clientError(formatted);
      logger?.error(
        { err: unwrapResolverError(error), path: formatted.path, code },
        `masked error: ${formatted.message}`,
      );
    } catch {
      // Formatting must never fail a response; fall through to the masked error.
    }
    return masked(formatted);
  };
}

function clientError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = Object.fromEntries(
    Object.entries(formatted.extensions ?? {}).filter(([key]) => !SERVER_EXTENSIONS.has(key)),
  );
  return withPosition({ message: formatted.message, extensions }, formatted);
}

function masked(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return withPosition(
    { message: MASKED_MESSAGE, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
    formatted,
  );
}

function withPosition(
  result: GraphQLFormattedError,
  formatted: GraphQLFormattedError,
): GraphQLFormattedError {
  return {
    message: result.message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(result.extensions ? { extensions: result.extensions } : {}),
  };
}
