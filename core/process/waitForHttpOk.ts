export interface WaitForHttpOkOptions {
  /** Give up after this long (default 30 s). */
  timeoutMs?: number;
  /** Pause between attempts (default 100 ms). */
  intervalMs?: number;
  /**
   * Stop waiting early when this settles, e.g. the process that should answer
   * has exited. Its value (when a string) becomes the error message.
   */
  abortWhen?: Promise<unknown>;
  /** Also require this of the JSON body, e.g. that the answer comes from the expected process. */
  accept?: (body: unknown) => boolean;
}

/** Polls `url` with GET until it answers 2xx; rejects on timeout or when `abortWhen` settles. */
export async function waitForHttpOk(
  url: string,
  options: WaitForHttpOkOptions = {},
): Promise<void> {
  const { timeoutMs = 30_000, intervalMs = 100 } = options;
  const deadline = Date.now() + timeoutMs;
  const abort: { reason: string | null } = { reason: null };
  options.abortWhen?.then(
    (value) => (abort.reason = typeof value === 'string' ? value : `gave up waiting for ${url}`),
    () => (abort.reason = `gave up waiting for ${url}`),
  );
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (abort.reason !== null) throw new Error(abort.reason);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      const text = await response.text();
      if (response.ok && (!options.accept || options.accept(parseJson(text)))) return;
      last = response.ok
        ? `an answer from another process: ${text.slice(0, 200)}`
        : `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  if (abort.reason !== null) throw new Error(abort.reason);
  throw new Error(`${url} did not answer 2xx within ${timeoutMs} ms (last: ${last})`);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
