/// <reference lib="dom.iterable" />
import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/**
 * Node's own fetch for subgraph requests. The gateway's default fetcher
 * (make-fetch-happen) honours HTTP(S)_PROXY from the environment, which would
 * send loopback subgraph traffic to a proxy off the machine.
 */
export const nodeFetcher: Fetcher = (url, init) =>
  fetch(url, {
    method: init?.method,
    headers: init?.headers,
    // The gateway sends JSON strings; a Buffer is copied into a plain Uint8Array for fetch's types.
    body:
      typeof init?.body === 'string' || init?.body === undefined
        ? init?.body
        : new Uint8Array(init.body),
    signal: init?.signal instanceof AbortSignal ? init.signal : undefined,
  });
