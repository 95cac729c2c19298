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
    });
  }

  snapshot(): { total: number; byCommand: Record<string, number> } {
    const byCommand = Object.fromEntries(this.counts);
    return { total: [...this.counts.values()].reduce((a, b) => a + b, 0), byCommand };
  }

  reset(): void {
    this.counts = new Map();
  }
}
