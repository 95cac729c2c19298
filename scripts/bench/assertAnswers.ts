/** Checks once, before loading an endpoint, that the operation really succeeds there (a benchmark of errors is worthless). */
export async function assertAnswers(
  url: string,
  query: string,
  headers: Record<string, string> = {},
): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (!res.ok || body.errors?.length || !body.data) {
    throw new Error(`benchmark query fails at ${url}: ${JSON.stringify(body.errors ?? body)}`);
  }
}
