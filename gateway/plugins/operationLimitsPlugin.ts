import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { DocumentNode, GraphQLError } from 'graphql';
import { validate } from 'graphql';
import { ErrorCode } from '../../core/errors';
import { MAX_PAGE_SIZE, documentLimitRules, limitError, queryCost } from '../limits';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxPageSize?: number;
  /** Production: no "Did you mean ...?" in the messages of refused variables. */
  hideSchemaDetails?: boolean;
}

/**
 * Refuses an operation that is too deep, has too many aliases, asks for a
 * page size outside 1..100 or costs more than `maxCost`, with HTTP 400 and a
 * govhub code, after validation and before the gateway plans anything.
 *
 * Not `validationRules`: Apollo Server gives every validation error the code
 * GRAPHQL_VALIDATION_FAILED, and caches validation per document, while page
 * sizes and cost depend on the request's variables. Errors thrown here keep
 * their code (Apollo documents didResolveOperation for such checks). The
 * document-only verdict is cached per parsed document, which Apollo reuses
 * for repeated operations.
 */
export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin<BaseContext> {
  const rules = documentLimitRules(limits);
  const maxPageSize = limits.maxPageSize ?? MAX_PAGE_SIZE;
  const verdicts = new WeakMap<DocumentNode, GraphQLError | null>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          // No operation to run: operationResolutionPlugin refuses the request.
          if (!operation) return;
          let refusal = verdicts.get(document);
          if (refusal === undefined) {
            refusal = validate(schema, document, rules)[0] ?? null;
            verdicts.set(document, refusal);
          }
          if (refusal !== null) throw refusal;
          const cost = queryCost({
            schema,
            document,
            variables: request.variables ?? {},
            operationName: operation.name?.value,
            maxPageSize,
            hideSuggestions: limits.hideSchemaDetails ?? false,
          });
          if (cost > limits.maxCost) {
            throw limitError(
              `the operation's estimated cost ${cost} is above the limit of ${limits.maxCost}`,
              ErrorCode.QUERY_TOO_COMPLEX,
              { cost, maxCost: limits.maxCost },
            );
          }
        },
      };
    },
  };
}
