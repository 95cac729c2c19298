import { postGraphQL } from '../routing/postGraphQL';
import type { ServiceToken } from './ServiceToken';

/** A GraphQL error the gateway returned: the request reached it and was refused or failed. */
export class GatewayRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'GatewayRequestError';
  }
}

/**
 * How the syndication worker talks to the rest of the cluster: through the
 * public gateway, like any client, with its service token (ARCHITECTURE.md,
 * syndication protocol). Transport failures and GraphQL errors both throw;
 * the worker retries with backoff.
 */
export class GatewayClient {
  constructor(
    private readonly url: string,
    private readonly token: ServiceToken,
    private readonly timeoutMs = 30_000,
  ) {}

  async request(
    query: string,
    variables: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    const response = await postGraphQL(this.url, query, variables, {
      authorization: this.token.authorization(),
      gatewaySecret: null,
      timeoutMs: this.timeoutMs,
    });
    const first = response.errors?.[0];
    if (first) {
      const code = typeof first.extensions?.code === 'string' ? first.extensions.code : null;
      throw new GatewayRequestError(`gateway: ${first.message}`, code);
    }
    if (!response.data) throw new GatewayRequestError('gateway: no data', null);
    return response.data;
  }
}
