import './disableApolloTelemetry';
import { ApolloGateway } from '@apollo/gateway';
import type { Config } from '../core/config';
import type { Logger } from '../core/logging';
import { ForwardingDataSource } from './ForwardingDataSource';
import { subgraphUrl } from './subgraphUrl';

export interface CreateGatewayOptions {
  config: Config;
  /** The checked-in `schema/supergraph.graphql`. */
  supergraphSdl: string;
  logger: Logger;
}

/** An ApolloGateway over the static supergraph, reaching each level where config says it runs. */
export function createGateway({
  config,
  supergraphSdl,
  logger,
}: CreateGatewayOptions): ApolloGateway {
  // Read by the ApolloGateway constructor; repeated here for callers that skip gateway/main.
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  return new ApolloGateway({
    supergraphSdl,
    logger: logger.child({ component: 'apollo-gateway' }),
    buildService: ({ name }) =>
      new ForwardingDataSource({
        subgraph: name,
        url: subgraphUrl(config, name),
        gatewaySecret: config.gatewaySecret,
        logger,
      }),
  });
}
