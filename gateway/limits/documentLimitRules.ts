import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { ErrorCode } from '../../core/errors';
import { limitError } from './limitError';

export interface DocumentLimits {
  maxDepth: number;
  maxAliases: number;
}

/**
 * The limits that depend on the document alone, as graphql-armor validation
 * rules: field nesting (fragments count as the fields they hold, not as a
 * level) and aliases. Armor's own errors carry no code and read "Syntax
 * Error: ..."; each rejection is reported again as a govhub error instead.
 */
export function documentLimitRules({ maxDepth, maxAliases }: DocumentLimits): ValidationRule[] {
  return [
    maxDepthRule({
      n: maxDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [reportAs(ErrorCode.QUERY_TOO_DEEP)],
    }),
    maxAliasesRule({
      n: maxAliases,
      propagateOnRejection: false,
      onReject: [reportAs(ErrorCode.TOO_MANY_ALIASES)],
    }),
  ];
}

function reportAs(code: ErrorCode) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(limitError(error.message.replace(/^Syntax Error: /, ''), code));
  };
}
