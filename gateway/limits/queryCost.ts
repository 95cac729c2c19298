import type { DocumentNode, GraphQLSchema } from 'graphql';
import { GraphQLError } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { ErrorCode } from '../../core/errors';
import { limitError } from './limitError';
import { MAX_PAGE_SIZE, pageSizeEstimator } from './pageSizeEstimator';

/**
 * Selections the estimate expands at most: fragments are expanded wherever
 * they are spread, so a few kilobytes of fragments spreading each other twice
 * would otherwise take exponential time to cost.
 */
export const MAX_COSTED_SELECTIONS = 10_000;

/** Apollo Server's own pattern (hideSchemaDetailsFromClientErrors), which covers validation errors only. */
const SUGGESTION = / ?Did you mean(.+?)\?$/;

export interface QueryCostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables: Record<string, unknown>;
  operationName?: string;
  maxPageSize?: number;
  /** Drop "Did you mean ...?" from messages (production: they spell out the schema). */
  hideSuggestions?: boolean;
}

/**
 * The estimated cost of the operation (pageSizeEstimator), with the request's
 * variables. Throws a client error (HTTP 400) instead when a page size is out
 * of range (BAD_USER_INPUT), the variables do not fit their types
 * (BAD_USER_INPUT), or the operation is too large to cost (QUERY_TOO_COMPLEX).
 */
export function queryCost({
  schema,
  document,
  variables,
  operationName,
  maxPageSize = MAX_PAGE_SIZE,
  hideSuggestions = false,
}: QueryCostInput): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      operationName,
      estimators: [pageSizeEstimator(maxPageSize)],
      maxQueryNodes: MAX_COSTED_SELECTIONS,
    });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    if (typeof error.extensions.code === 'string') throw error;
    // graphql-query-complexity's only thrown (not reported) error; it has no code to tell it by.
    if (/maximum allowed number of nodes/.test(error.message)) {
      throw limitError(
        `the operation selects more than ${MAX_COSTED_SELECTIONS} fields (fragments counted where spread)`,
        ErrorCode.QUERY_TOO_COMPLEX,
      );
    }
    // The rest are variable values that do not fit their types: what execution would say.
    const message = hideSuggestions ? error.message.replace(SUGGESTION, '') : error.message;
    throw limitError(message, ErrorCode.BAD_USER_INPUT);
  }
}
