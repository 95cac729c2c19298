import type { Logger } from 'pino';
import type { CatalogRepository } from '../repositories/catalogRepository';
import type { CursorStore } from '../repositories/cursorStore';
import type { ChangeSource } from './changeSource';

export interface CatalogSyncOptions {
  pollMs: number;
  batchSize: number;
  maxBackoffMs: number;
}

/**
 * Keeps the province catalog in step with every level's change log. For each
 * source: read a page, apply it, then store the cursor, in that order, so a
 * crash replays a page (harmless: applying is idempotent) and never skips one.
 * A full page is followed at once by the next; an empty one waits `pollMs`.
 */
export class CatalogSync {
  private running = false;
  private readonly loops: Promise<void>[] = [];
  private readonly wakers = new Set<() => void>();

  constructor(
    private readonly sources: ChangeSource[],
    private readonly catalog: CatalogRepository,
    private readonly cursors: CursorStore,
    private readonly logger: Logger,
    private readonly options: CatalogSyncOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    for (const source of this.sources) this.loops.push(this.loop(source));
  }

  /** Reads every source now instead of at the next poll (e.g. after a publish). */
  nudge(): void {
    for (const wake of [...this.wakers]) wake();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.nudge();
    await Promise.all(this.loops);
  }

  /** One pass over a source until it has nothing more (or the sync is stopping). */
  async drain(source: ChangeSource): Promise<number> {
    let applied = 0;
    let after = await this.cursors.get(source.name);
    for (;;) {
      const page = await source.read(after, this.options.batchSize);
      await this.catalog.apply(page.events);
      if (page.endCursor !== after) await this.cursors.set(source.name, page.endCursor);
      applied += page.events.length;
      after = page.endCursor;
      if (!page.hasMore || !this.running) return applied;
    }
  }

  private async loop(source: ChangeSource): Promise<void> {
    let backoff = this.options.pollMs;
    while (this.running) {
      try {
        await this.drain(source);
        backoff = this.options.pollMs;
        await this.sleep(this.options.pollMs);
      } catch (error) {
        this.logger.warn(
          { err: error, source: source.name, retryInMs: backoff },
          'catalog sync failed; retrying',
        );
        await this.sleep(backoff);
        backoff = Math.min(backoff * 2, this.options.maxBackoffMs);
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakers.add(done);
    });
  }
}
