import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { BadUserInputError, ConflictError, ForbiddenError, UnauthenticatedError } from '../errors';
import type { ErrorLogger } from '../formatError';
import { MASKED_MESSAGE, createFormatError } from '../formatError';

/** What Apollo Server hands formatError: the error as JSON, code defaulted to INTERNAL_SERVER_ERROR. */
function formatted(error: GraphQLError): GraphQLFormattedError {
  const json = error.toJSON();
  return {
    ...json,
    extensions: { ...json.extensions, code: error.extensions.code ?? 'INTERNAL_SERVER_ERROR' },
  };
}

function recordingLogger(): ErrorLogger & { calls: { details: object; message: string }[] } {
  const calls: { details: object; message: string }[] = [];
  return { calls, error: (details, message) => void calls.push({ details, message }) };
}

describe('createFormatError', () => {
  it('keeps message, code and field of govhub errors', () => {
    const error = new BadUserInputError('title is required', 'input.title');
    expect(createFormatError()(formatted(error), error)).toEqual({
      message: 'title is required',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.title' },
    });
  });

  it('keeps the details a govhub error carries for clients', () => {
    const error = new ConflictError('stale version', 4);
    expect(createFormatError()(formatted(error), error).extensions).toEqual({
      code: 'CONFLICT',
      currentVersion: 4,
    });
  });

  it('keeps path and locations', () => {
    const error = new ForbiddenError();
    const input = {
      ...formatted(error),
      path: ['createNotice'],
      locations: [{ line: 2, column: 3 }],
    };
    expect(createFormatError()(input, error)).toEqual({
      message: 'not allowed',
      path: ['createNotice'],
      locations: [{ line: 2, column: 3 }],
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('masks and logs an error without a known code', () => {
    const logger = recordingLogger();
    const original = new Error('connect ECONNREFUSED 10.0.0.5:27017 (password=hunter2)');
    const error = new GraphQLError(original.message, { originalError: original, path: ['sites'] });
    const result = createFormatError(logger)(formatted(error), error);
    expect(result).toEqual({
      message: MASKED_MESSAGE,
      path: ['sites'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(result)).not.toContain('hunter2');
    expect(logger.calls).toHaveLength(1);
    expect(logger.calls[0]?.details).toMatchObject({ err: original });
  });

  it('masks INTERNAL_SERVER_ERROR even when a code was set explicitly', () => {
    const error = new GraphQLError('TypeError: cannot read x of undefined', {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(createFormatError()(formatted(error), error).message).toBe(MASKED_MESSAGE);
  });

  it('masks codes it does not know, e.g. a subgraph fetch failure', () => {
    const error = new GraphQLError('request to http://127.0.0.1:4001/graphql failed', {
      extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'county' },
    });
    expect(createFormatError()(formatted(error), error)).toEqual({
      message: MASKED_MESSAGE,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps Apollo Server codes for client mistakes', () => {
    for (const code of ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']) {
      const error = new GraphQLError(`client mistake ${code}`, { extensions: { code } });
      expect(createFormatError()(formatted(error), error)).toEqual({
        message: `client mistake ${code}`,
        extensions: { code },
      });
    }
  });

  it('strips stack traces, exception details and the subgraph name from kept errors', () => {
    const error = new UnauthenticatedError('invalid token: expired');
    const input = {
      ...formatted(error),
      extensions: {
        code: 'UNAUTHENTICATED',
        stacktrace: ['Error: at secret.ts:1'],
        exception: { stacktrace: ['x'] },
        serviceName: 'county',
      },
    };
    expect(createFormatError()(input, error)).toEqual({
      message: 'invalid token: expired',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('never throws, even when the logger does', () => {
    const throwing: ErrorLogger = {
      error: () => {
        throw new Error('log sink down');
      },
    };
    const error = new GraphQLError('boom');
    expect(createFormatError(throwing)(formatted(error), error)).toEqual({
      message: MASKED_MESSAGE,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
