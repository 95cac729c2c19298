import type { MongoClient } from 'mongodb';

/**
 * Counts the database commands this process sends, by command and collection
 * (`find:notices`). Enabled
 * with GOVHUB_DB_COMMAND_STATS=1 (tests and benchmarks): it is how a test in
 * another process checks that a page of N notices costs a constant number of
 * queries, whatever N is.
 */
export class CommandStats {
  private counts = new Map<string, number>();
  private millis = new Map<string, number>();
  private readonly keys = new Map<number, string>();

  constructor(client: MongoClient) {
    client.on('commandStarted', (event) => {
      if (
        event.commandName === 'hello' ||
        event.commandName === 'isMaster' ||
        event.commandName === 'ping'
      )
        return;
      const target: unknown = (event.command as Record<string, unknown>)[event.commandName];
      const key = typeof target === 'string' ? `${event.commandName}:${target}` : event.commandName;
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      this.keys.set(event.requestId, key);
    });
    const finished = (event: { requestId: number; duration: number }) => {
      const key = this.keys.get(event.requestId);
      if (key === undefined) return;
      this.keys.delete(event.requestId);
      this.millis.set(key, (this.millis.get(key) ?? 0) + event.duration);
    };
    client.on('commandSucceeded', finished);
    client.on('commandFailed', finished);
  }

  /** Commands sent, and the milliseconds they took in all, by command and collection. */
  snapshot(): {
    total: number;
    byCommand: Record<string, number>;
    millisByCommand: Record<string, number>;
  } {
    const byCommand = Object.fromEntries(this.counts);
    const millisByCommand = Object.fromEntries(
      [...this.millis].map(([key, ms]) => [key, Math.round(ms)]),
    );
    return {
      total: [...this.counts.values()].reduce((a, b) => a + b, 0),
      byCommand,
      millisByCommand,
    };
  }

  reset(): void {
    this.counts = new Map();
    this.millis = new Map();
  }
}
