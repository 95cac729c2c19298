import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { UnavailableError } from '../core/errors';
import type { Logger } from '../core/logging';
import type { GatewayContext } from './gatewayContext';
import { nodeFetcher } from './nodeFetcher';
import { REQUEST_ID_HEADER } from './requestId';

type DidEncounterErrorArgs = Parameters<
  RemoteGraphQLDataSource<GatewayContext>['didEncounterError']
>;

/**
 * Sends subgraph requests with the client's `Authorization` header and the
 * request id, and nothing else from the client: subgraphs verify the token
 * themselves, so no identity header (user id, roles) ever crosses the wire.
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly subgraph: string,
    url: string,
    private readonly logger?: Logger,
  ) {
    super({ url, fetcher: nodeFetcher });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Health checks and schema loads carry no client request (the kind enum is not exported).
    if (!('incomingRequestContext' in options)) return;
    const headers = options.request.http?.headers;
    if (!headers) return;
    const { authorization, requestId } = options.context;
    if (authorization !== undefined) headers.set('authorization', authorization);
    headers.set(REQUEST_ID_HEADER, requestId);
  }

  /** A subgraph that cannot be reached is UNAVAILABLE for the client, not a masked internal error. */
  override didEncounterError(...args: DidEncounterErrorArgs): void {
    const [error, , fetchResponse, context] = args;
    if (fetchResponse !== undefined) return super.didEncounterError(...args);
    this.logger?.warn(
      { err: error, subgraph: this.subgraph, requestId: context?.requestId },
      'subgraph unreachable',
    );
    throw new UnavailableError(`the ${this.subgraph} subgraph is unavailable`);
  }
}
