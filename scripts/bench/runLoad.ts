import autocannon from 'autocannon';

export interface LoadSpec {
  name: string;
  url: string;
  /** A GraphQL operation sent as a JSON POST, or several sent in turn on each connection. */
  query: string | readonly string[];
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
}

export interface LoadFigures {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts included. */
  errors: number;
  non2xx: number;
  /** Responses with a 5xx status (part of non2xx). */
  serverErrors: number;
  total: number;
}

/** Drives one endpoint with autocannon (loopback only) and returns its figures; shows autocannon's progress bar. */
export async function runLoad(spec: LoadSpec, showProgress: boolean): Promise<LoadFigures> {
  const queries = typeof spec.query === 'string' ? [spec.query] : spec.query;
  const bodies = queries.map((query) => JSON.stringify({ query, variables: spec.variables ?? {} }));
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...spec.headers },
        ...(bodies.length === 1
          ? { body: bodies[0] }
          : { requests: bodies.map((body) => ({ method: 'POST' as const, body })) }),
        connections: spec.connections,
        duration: spec.durationSeconds,
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    if (showProgress)
      autocannon.track(instance, { renderResultsTable: false, renderLatencyTable: false });
  });
  return {
    name: spec.name,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    serverErrors: result['5xx'],
    total: result.requests.total,
  };
}
