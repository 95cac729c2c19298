import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GATEWAY_SECRET_HEADER } from '../../core/auth';
import { UnavailableError } from '../../core/errors';
import { ForwardingDataSource } from '../ForwardingDataSource';
import type { GatewayContext } from '../gatewayContext';

/** A loopback server that records the headers of each request and answers an empty result. */
async function recordingServer(): Promise<{
  url: string;
  seen: http.IncomingHttpHeaders[];
  close(): Promise<void>;
}> {
  const seen: http.IncomingHttpHeaders[] = [];
  const server = http.createServer((req, res) => {
    seen.push(req.headers);
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { __typename: 'Query' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const SECRET = 'a-gateway-secret-for-tests';

function source(subgraph: string, url: string): ForwardingDataSource {
  return new ForwardingDataSource({ subgraph, url, gatewaySecret: SECRET });
}

function incoming(context: GatewayContext, clientHeaders: Record<string, string>) {
  // Only the parts of Apollo's request context that the data source reads.
  return {
    kind: 'incoming operation',
    request: { query: '{ __typename }' },
    context,
    incomingRequestContext: {
      request: { http: { headers: new Map(Object.entries(clientHeaders)) } },
      context,
    },
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

describe('ForwardingDataSource', () => {
  it('forwards the Authorization header, request id and gateway secret, and no other client header', async () => {
    const server = await recordingServer();
    try {
      const context: GatewayContext = {
        requestId: 'req-12345678',
        authorization: 'Bearer t.o.k',
        principal: null,
      };
      await source('county', server.url).process(
        incoming(context, { 'x-user-id': 'admin', 'x-roles': 'CLUSTER_ADMIN', cookie: 'a=b' }),
      );
      const [headers] = server.seen;
      expect(headers?.authorization).toBe('Bearer t.o.k');
      expect(headers?.['x-request-id']).toBe('req-12345678');
      expect(headers?.[GATEWAY_SECRET_HEADER]).toBe(SECRET);
      expect(headers?.['x-user-id']).toBeUndefined();
      expect(headers?.['x-roles']).toBeUndefined();
      expect(headers?.cookie).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('sends no Authorization header for anonymous callers', async () => {
    const server = await recordingServer();
    try {
      const context: GatewayContext = {
        requestId: 'req-87654321',
        authorization: undefined,
        principal: null,
      };
      await source('county', server.url).process(incoming(context, {}));
      expect(server.seen[0]?.authorization).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('sends the gateway secret with requests of its own (no client request)', async () => {
    const server = await recordingServer();
    try {
      const own = {
        kind: 'health check',
        request: { query: '{ __typename }' },
        context: {},
      } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
      await source('province', server.url).process(own);
      expect(server.seen[0]?.[GATEWAY_SECRET_HEADER]).toBe(SECRET);
      expect(server.seen[0]?.authorization).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('reports a subgraph it cannot reach as UNAVAILABLE', async () => {
    const server = await recordingServer();
    await server.close();
    const context: GatewayContext = {
      requestId: 'req-00000000',
      authorization: undefined,
      principal: null,
    };
    const failure = source('city', server.url).process(incoming(context, {}));
    await expect(failure).rejects.toBeInstanceOf(UnavailableError);
    await expect(failure).rejects.toThrow('the city subgraph is unavailable');
  });
});
