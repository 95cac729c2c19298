import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GATEWAY_SECRET_HEADER } from '../core/auth';
import { UnavailableError } from '../core/errors';
import type { Logger } from '../core/logging';
import type { GatewayContext } from './gatewayContext';
import { nodeFetcher } from './nodeFetcher';
import { REQUEST_ID_HEADER } from './requestId';

type DidEncounterErrorArgs = Parameters<
  RemoteGraphQLDataSource<GatewayContext>['didEncounterError']
>;

export interface ForwardingDataSourceOptions {
  /** The subgraph's name in the supergraph (`county`, `city`, `province`). */
  subgraph: string;
  url: string;
  /** config.gatewaySecret: subgraphs refuse GraphQL requests without it. */
  gatewaySecret: string;
  logger?: Logger;
}

/**
 * Sends subgraph requests with the gateway's shared secret, the client's
 * `Authorization` header and the request id, and nothing else from the
 * client: subgraphs verify the token themselves, so no identity header (user
 * id, roles) ever crosses the wire.
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly subgraph: string;
  private readonly gatewaySecret: string;
  private readonly logger: Logger | undefined;

  constructor({ subgraph, url, gatewaySecret, logger }: ForwardingDataSourceOptions) {
    super({ url, fetcher: nodeFetcher });
    this.subgraph = subgraph;
    this.gatewaySecret = gatewaySecret;
    this.logger = logger;
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = options.request.http?.headers;
    if (!headers) return;
    // Every request, client operations and the gateway's own (health checks, schema loads).
    headers.set(GATEWAY_SECRET_HEADER, this.gatewaySecret);
    // Those carry no client request (the kind enum is not exported).
    if (!('incomingRequestContext' in options)) return;
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
