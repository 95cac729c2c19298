import { GraphQLError } from 'graphql';
import { UnavailableError } from '../../../core/errors';
import type { Level } from '../../../core/levels';
import { levelPrefix } from '../../../core/levels';
import { postGraphQL } from './postGraphQL';
import type { RoutedOperation } from './routedOperations';
import { ROUTED_OPERATIONS } from './routedOperations';

export interface RouteCall {
  authorization: string | undefined;
  requestId: string;
}

/**
 * Sends a public write or an internal read (`createNotice`, `reviewQueue`,
 * ...) to the subgraph of the level that owns the site or notice, with the
 * caller's own token and the hub's shared secret: the owning level verifies
 * and authorizes it again, and reads or writes its own database.
 */
export class LevelRouter {
  constructor(
    private readonly urls: Record<Level, string>,
    private readonly gatewaySecret: string,
    private readonly timeoutMs = 30_000,
  ) {}

  /** Runs the operation on `level` and returns its `result` (shape: routedOperations.ts). */
  async run(
    level: Level,
    operation: RoutedOperation,
    variables: Record<string, unknown>,
    call: RouteCall,
  ): Promise<unknown> {
    const spec = ROUTED_OPERATIONS[operation];
    const field = `${levelPrefix(level)}${operation}`;
    const query = `${spec.kind} Routed(${spec.params}) { result: ${field}(${spec.args}) ${spec.selection} }`;
    const response = await postGraphQL(this.urls[level], query, variables, {
      authorization: call.authorization,
      requestId: call.requestId,
      gatewaySecret: this.gatewaySecret,
      timeoutMs: this.timeoutMs,
    }).catch((error: unknown) => {
      throw new UnavailableError(
        `the ${levelPrefix(level)} level is not reachable: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    const first = response.errors?.[0];
    if (first) {
      // Pass the owning level's verdict through unchanged (code, field), so a
      // client sees the same error whichever level it wrote to.
      throw new GraphQLError(first.message, { extensions: first.extensions ?? {} });
    }
    const result = response.data?.result;
    if (typeof result !== 'object' || result === null) {
      throw new UnavailableError(`the ${levelPrefix(level)} level returned no result`);
    }
    return result;
  }

  /** Runs a command that returns a notice and gives back the notice's id. */
  async runForId(
    level: Level,
    operation: RoutedOperation,
    variables: Record<string, unknown>,
    call: RouteCall,
  ): Promise<string> {
    const result = (await this.run(level, operation, variables, call)) as { id?: unknown };
    if (typeof result.id !== 'string') {
      throw new UnavailableError(`the ${levelPrefix(level)} level returned no notice`);
    }
    return result.id;
  }
}
