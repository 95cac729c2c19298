import { GATEWAY_SECRET_HEADER } from '../../../core/auth';

export interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface PostOptions {
  authorization?: string | undefined;
  /** The hub's shared secret, for calls to a subgraph (they answer nobody else); null for the gateway. */
  gatewaySecret: string | null;
  requestId?: string;
  timeoutMs: number;
}

/** A plain GraphQL POST between our own processes (loopback or the private network). */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  options: PostOptions,
): Promise<GraphQLResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.authorization) headers.authorization = options.authorization;
  if (options.requestId) headers['x-request-id'] = options.requestId;
  if (options.gatewaySecret !== null) headers[GATEWAY_SECRET_HEADER] = options.gatewaySecret;
  const res = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(options.timeoutMs),
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${res.status}: not a GraphQL response`);
  }
  if (typeof body !== 'object' || body === null)
    throw new Error(`HTTP ${res.status}: not a GraphQL response`);
  return body as GraphQLResponse;
}
