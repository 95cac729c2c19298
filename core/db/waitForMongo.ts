import { MongoClient } from 'mongodb';
import { redactMongoUri } from './redactMongoUri';

export interface WaitForMongoOptions {
  /** Give up after this long (default 30 s). */
  timeoutMs?: number;
  /** Stop early when this settles (e.g. the server process exited); a string value becomes the message. */
  abortWhen?: Promise<unknown>;
}

/** Retries a `ping` on `uri` until it succeeds; rejects on timeout or abort. */
export async function waitForMongo(uri: string, options: WaitForMongoOptions = {}): Promise<void> {
  const { timeoutMs = 30_000 } = options;
  const deadline = Date.now() + timeoutMs;
  const abort: { reason: string | null } = { reason: null };
  const giveUp = `gave up waiting for MongoDB at ${redactMongoUri(uri)}`;
  options.abortWhen?.then(
    (value) => (abort.reason = typeof value === 'string' ? value : giveUp),
    () => (abort.reason = giveUp),
  );
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (abort.reason !== null) throw new Error(abort.reason);
    const client = new MongoClient(uri, {
      appName: 'govhub-wait',
      serverSelectionTimeoutMS: Math.max(200, Math.min(1_000, deadline - Date.now())),
      connectTimeoutMS: 1_000,
    });
    try {
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    } finally {
      await client.close().catch(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (abort.reason !== null) throw new Error(abort.reason);
  throw new Error(`${giveUp} for ${timeoutMs} ms (last error: ${last})`);
}
