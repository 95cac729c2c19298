import '../disableApolloTelemetry';
import { ApolloGateway } from '@apollo/gateway';
import type { GraphQLSchema } from 'graphql';
import { readSupergraph } from '../readSupergraph';

/** The API schema clients see (the checked-in supergraph without its join directives). */
export async function apiSchema(): Promise<GraphQLSchema> {
  // A static supergraph: load() plans nothing and contacts no subgraph.
  const gateway = new ApolloGateway({ supergraphSdl: readSupergraph() });
  try {
    return (await gateway.load()).schema;
  } finally {
    await gateway.stop();
  }
}
