/** Checks once, before a flood, that the gateway refuses the operation with 400 (a flood that succeeds measures something else). */
export async function assertRefused(url: string, query: string): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (res.status !== 400 || !body.errors?.length || body.data) {
    throw new Error(
      `hostile query not refused with 400 (got ${res.status}): ${JSON.stringify(body).slice(0, 300)}`,
    );
  }
}
