import type { Logger } from 'pino';
import type { CursorStore } from '../repositories/cursorStore';

export interface FeedPage<E> {
  events: E[];
  /** Where the next read resumes. */
  endCursor: string | null;
  hasMore: boolean;
}

/** A paged, ordered feed (a level's change log, local or remote). */
export interface FeedSource<E> {
  /** Also the name of the stored cursor. */
  readonly name: string;
  read(after: string | null, limit: number): Promise<FeedPage<E>>;
}

/** Consecutive failures of a source before they are logged as warnings. */
const WARN_AFTER_FAILURES = 4;

export interface FeedFollowerOptions {
  pollMs: number;
  batchSize: number;
  maxBackoffMs: number;
  /** For the logs: what is following (`catalog sync`, `syndication`). */
  label: string;
}

/**
 * Follows feeds: for each source read a page, apply it, then store the
 * cursor, in that order, so a crash replays a page (harmless: applying is
 * idempotent) and never skips one. A full page is followed at once by the
 * next; an empty one waits `pollMs` or for a nudge. A failing source backs
 * off exponentially up to `maxBackoffMs` and loses nothing.
 */
export class FeedFollower<E> {
  private running = false;
  private readonly loops: Promise<void>[] = [];
  private readonly wakers = new Map<string, Set<() => void>>();
  /** Cursors as stored last: this follower is their only writer, so it reads each once. */
  private readonly positions = new Map<string, string | null>();

  constructor(
    private readonly sources: FeedSource<E>[],
    private readonly apply: (events: E[], source: FeedSource<E>) => Promise<void>,
    private readonly cursors: CursorStore,
    private readonly logger: Logger,
    private readonly options: FeedFollowerOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    for (const source of this.sources) this.loops.push(this.loop(source));
  }

  /** Reads the named source (or every source) now instead of at the next poll. */
  nudge(sourceName?: string): void {
    for (const [name, wakers] of this.wakers) {
      if (sourceName !== undefined && name !== sourceName) continue;
      for (const wake of [...wakers]) wake();
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    this.nudge();
    await Promise.all(this.loops);
  }

  /** Reads a source to its end once, whether or not the follower runs (backfills). */
  async drainOnce(source: FeedSource<E>): Promise<number> {
    const wasRunning = this.running;
    this.running = true;
    try {
      return await this.drain(source);
    } finally {
      this.running = wasRunning;
    }
  }

  /** One pass over a source until it has nothing more (or the follower is stopping). */
  async drain(source: FeedSource<E>): Promise<number> {
    let applied = 0;
    let after = this.positions.has(source.name)
      ? (this.positions.get(source.name) ?? null)
      : await this.cursors.get(source.name);
    let next: Promise<FeedPage<E>> = source.read(after, this.options.batchSize);
    for (;;) {
      const page = await next;
      // The next page is read while this one is applied (a long log is read and written at
      // once); the cursor still moves only after this page's writes.
      const more = page.hasMore && this.running;
      if (more) {
        next = source.read(page.endCursor, this.options.batchSize);
        next.catch(() => undefined);
      }
      await this.apply(page.events, source);
      if (page.endCursor !== after) await this.cursors.set(source.name, page.endCursor);
      this.positions.set(source.name, page.endCursor);
      applied += page.events.length;
      after = page.endCursor;
      if (!more || !this.running) return applied;
    }
  }

  private async loop(source: FeedSource<E>): Promise<void> {
    let backoff = this.options.pollMs;
    let failures = 0;
    while (this.running) {
      try {
        await this.drain(source);
        backoff = this.options.pollMs;
        failures = 0;
        await this.sleep(source.name, this.options.pollMs);
      } catch (error) {
        failures += 1;
        // A peer that is still starting is normal for a moment; say so once it lasts.
        const log = failures >= WARN_AFTER_FAILURES ? this.logger.warn : this.logger.debug;
        log.call(
          this.logger,
          { err: error, source: source.name, retryInMs: backoff },
          `${this.options.label} failed; retrying`,
        );
        await this.sleep(source.name, backoff);
        backoff = Math.min(backoff * 2, this.options.maxBackoffMs);
      }
    }
  }

  private sleep(name: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      let wakers = this.wakers.get(name);
      if (!wakers) this.wakers.set(name, (wakers = new Set()));
      const set = wakers;
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      set.add(done);
    });
  }
}
