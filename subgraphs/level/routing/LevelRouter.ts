import { GraphQLError } from 'graphql';
import { UnavailableError } from '../../../core/errors';
import type { Level } from '../../../core/levels';
import { levelPrefix } from '../../../core/levels';
import { postGraphQL } from './postGraphQL';

export type RoutedCommand = 'CreateNotice' | 'UpdateNotice' | 'PublishNotice' | 'WithdrawNotice';

const SIGNATURES: Record<RoutedCommand, { params: string; args: string }> = {
  CreateNotice: {
    params: '$siteId: ID!, $input: NoticeInput!',
    args: 'siteId: $siteId, input: $input',
  },
  UpdateNotice: {
    params: '$id: ID!, $input: NoticeUpdateInput!, $expectedVersion: Int!',
    args: 'id: $id, input: $input, expectedVersion: $expectedVersion',
  },
  PublishNotice: { params: '$id: ID!', args: 'id: $id' },
  WithdrawNotice: { params: '$id: ID!, $reason: String!', args: 'id: $id, reason: $reason' },
};

/**
 * Sends a public write (`createNotice`, ...) to the subgraph of the level that
 * owns the site or notice, with the caller's own token: the owning level
 * verifies and authorizes it again, and does the write in its own database.
 */
export class LevelRouter {
  constructor(
    private readonly urls: Record<Level, string>,
    private readonly timeoutMs = 10_000,
  ) {}

  /** Runs the command on `level` and returns the id of the notice it produced. */
  async run(
    level: Level,
    command: RoutedCommand,
    variables: Record<string, unknown>,
    authorization: string | undefined,
    requestId: string,
  ): Promise<string> {
    const field = `${levelPrefix(level)}${command}`;
    const sig = SIGNATURES[command];
    const query = `mutation Routed(${sig.params}) { result: ${field}(${sig.args}) { id } }`;
    const response = await postGraphQL(this.urls[level], query, variables, {
      authorization,
      requestId,
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
    if (
      typeof result !== 'object' ||
      result === null ||
      typeof (result as { id?: unknown }).id !== 'string'
    ) {
      throw new UnavailableError(`the ${levelPrefix(level)} level returned no result`);
    }
    return (result as { id: string }).id;
  }
}
