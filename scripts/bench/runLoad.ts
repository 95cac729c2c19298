import autocannon from 'autocannon';

export interface LoadSpec {
  name: string;
  url: string;
  /** A GraphQL operation sent as a JSON POST. */
  query: string;
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
  errors: number;
  non2xx: number;
  total: number;
}

/** Drives one endpoint with autocannon (loopback only) and returns its figures; shows autocannon's progress bar. */
export async function runLoad(spec: LoadSpec, showProgress: boolean): Promise<LoadFigures> {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...spec.headers },
        body: JSON.stringify({ query: spec.query, variables: spec.variables ?? {} }),
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
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}
