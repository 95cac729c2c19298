import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { DocumentNode, GraphQLError } from 'graphql';
import { validate } from 'graphql';
import { isHubService } from '../../core/auth';
import { ErrorCode } from '../../core/errors';
import type { GatewayContext } from '../gatewayContext';
import { MAX_PAGE_SIZE, documentLimitRules, limitError, queryCost } from '../limits';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxPageSize?: number;
  /**
   * Largest page for the hub's own workers (isHubService), who are not
   * cost-limited either: they read whole change logs, and a backfill reads
   * 1,000 notices a page. Default 1,000; the subgraphs cap each field themselves.
   */
  servicePageSize?: number;
  /** Production: no "Did you mean ...?" in the messages of refused variables. */
  hideSchemaDetails?: boolean;
}

/** Page-size cap of the hub's own workers through the gateway. */
export const SERVICE_PAGE_SIZE = 1000;

/**
 * Refuses an operation that is too deep, has too many aliases, asks for a
 * page size outside 1..100 or costs more than `maxCost`, with HTTP 400 and a
 * govhub code, after validation and before the gateway plans anything. The
 * hub's own workers may ask for pages up to `servicePageSize` and are not
 * cost-limited.
 *
 * Not `validationRules`: Apollo Server gives every validation error the code
 * GRAPHQL_VALIDATION_FAILED, and caches validation per document, while page
 * sizes and cost depend on the request's variables. Errors thrown here keep
 * their code (Apollo documents didResolveOperation for such checks). The
 * document-only verdict is cached per parsed document, which Apollo reuses
 * for repeated operations.
 */
export function operationLimitsPlugin(
  limits: OperationLimits,
): ApolloServerPlugin<BaseContext & Partial<GatewayContext>> {
  const rules = documentLimitRules(limits);
  const maxPageSize = limits.maxPageSize ?? MAX_PAGE_SIZE;
  const servicePageSize = limits.servicePageSize ?? SERVICE_PAGE_SIZE;
  const verdicts = new WeakMap<DocumentNode, GraphQLError | null>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          // No operation to run: operationResolutionPlugin refuses the request.
          if (!operation) return;
          let refusal = verdicts.get(document);
          if (refusal === undefined) {
            refusal = validate(schema, document, rules)[0] ?? null;
            verdicts.set(document, refusal);
          }
          if (refusal !== null) throw refusal;
          const service = isHubService(contextValue.principal ?? null);
          const cost = queryCost({
            schema,
            document,
            variables: request.variables ?? {},
            operationName: operation.name?.value,
            maxPageSize: service ? servicePageSize : maxPageSize,
            hideSuggestions: limits.hideSchemaDetails ?? false,
          });
          if (cost > limits.maxCost && !service) {
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
